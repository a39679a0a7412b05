package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A host an organization may answer on: a DNS name of at least two labels (international names in
 * their ASCII form), lower-case, without the root's dot, not under Lyceum's base domain (whose names
 * are its organizations' subdomains) and not a name public DNS never answers for.
 */
record CustomDomainName(String value) {

    static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<String> NOT_PUBLIC = Set.of("localhost", "local", "invalid", "internal");

    static CustomDomainName parse(String typed, String baseHost) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new CustomDomainException(ConstraintMessages.get("custom-domain.host.required"));
        }
        try {
            name = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            throw invalid(typed);
        }
        String[] labels = name.split("\\.", -1);
        if (name.length() > MAX_LENGTH || labels.length < 2) {
            throw invalid(typed);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(typed);
            }
        }
        String base = baseHost.toLowerCase(Locale.ROOT);
        if (name.equals(base) || name.endsWith("." + base)) {
            throw new CustomDomainException(ConstraintMessages.get("custom-domain.host.lyceum", name, base));
        }
        String top = labels[labels.length - 1];
        if (top.chars().allMatch(Character::isDigit) || NOT_PUBLIC.contains(top)) {
            throw invalid(typed);
        }
        return new CustomDomainName(name);
    }

    private static CustomDomainException invalid(String typed) {
        return new CustomDomainException(ConstraintMessages.get("custom-domain.host.invalid", typed.strip()));
    }
}
