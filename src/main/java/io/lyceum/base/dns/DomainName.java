package io.lyceum.base.dns;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A domain an organization may claim (to answer on, to send from): a DNS name of at least two labels
 * (international names in their ASCII form), lower-case, without the root's dot, not Lyceum's base
 * domain or under it (whose names are its organizations' subdomains, in DNS Lyceum itself keeps) and
 * not a name public DNS never answers for.
 */
public record DomainName(String value) {

    public static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** Top-level names that no public DNS answers for. */
    private static final Set<String> NOT_PUBLIC = Set.of("localhost", "local", "invalid", "internal");

    /** Why a typed name is no {@link DomainName}; each module words it for its field. */
    public enum Problem {
        /** Nothing typed. */
        REQUIRED,
        /** Not a public DNS name. */
        INVALID,
        /** Lyceum's base domain or a name under it. */
        LYCEUM
    }

    /**
     * A typed name refused: {@code name} is what was checked (lower-case, ASCII as far as it got),
     * {@code baseHost} Lyceum's base domain, lower-case.
     */
    public static final class Refused extends RuntimeException {

        private final Problem problem;
        private final String name;
        private final String baseHost;

        Refused(Problem problem, String name, String baseHost) {
            super(problem + ": " + name, null, false, false);
            this.problem = problem;
            this.name = name;
            this.baseHost = baseHost;
        }

        public Problem problem() {
            return problem;
        }

        public String name() {
            return name;
        }

        public String baseHost() {
            return baseHost;
        }
    }

    /**
     * What an admin typed, checked.
     *
     * @throws Refused with the reason, for the module to word
     */
    public static DomainName parse(@Nullable String typed, String baseHost) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        String base = baseHost.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new Refused(Problem.REQUIRED, name, base);
        }
        try {
            name = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            throw new Refused(Problem.INVALID, name, base);
        }
        String[] labels = name.split("\\.", -1);
        if (name.length() > MAX_LENGTH || labels.length < 2) {
            throw new Refused(Problem.INVALID, name, base);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new Refused(Problem.INVALID, name, base);
            }
        }
        if (name.equals(base) || name.endsWith("." + base)) {
            throw new Refused(Problem.LYCEUM, name, base);
        }
        String top = labels[labels.length - 1];
        // An all-digit top label is an IP address, not a domain.
        if (top.chars().allMatch(Character::isDigit) || NOT_PUBLIC.contains(top)) {
            throw new Refused(Problem.INVALID, name, base);
        }
        return new DomainName(name);
    }
}
