package io.lyceum.notification;

import io.lyceum.base.validation.ConstraintMessages;
import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A domain an organization may send from: a DNS name of at least two labels (international names
 * in their ASCII form), lower-case, without the root's dot, and not Lyceum's own domain or one of
 * its organizations' hosts, whose DNS Lyceum itself keeps.
 */
record SenderDomainName(String value) {

    static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** Top-level names that no public DNS answers for. */
    private static final Set<String> NOT_PUBLIC = Set.of("localhost", "local", "invalid", "internal");

    /** What an admin typed, checked; refused with a message for the field. */
    static SenderDomainName parse(String typed, String baseHost) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.name.required"));
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
            throw new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.name.lyceum", name));
        }
        String top = labels[labels.length - 1];
        // An all-digit top label is an IP address, not a domain.
        if (top.chars().allMatch(Character::isDigit) || NOT_PUBLIC.contains(top)) {
            throw invalid(typed);
        }
        return new SenderDomainName(name);
    }

    private static InvalidSenderDomainException invalid(String typed) {
        return new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.name.invalid", typed.strip()));
    }
}
