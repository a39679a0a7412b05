package io.lyceum.notification;

import io.lyceum.base.dns.DomainName;
import io.lyceum.base.validation.ConstraintMessages;

/**
 * A domain an organization may send from: a {@link DomainName} (at least two labels, lower-case, ASCII,
 * and not Lyceum's own domain or one of its organizations' hosts, whose DNS Lyceum itself keeps).
 */
record SenderDomainName(String value) {

    static final int MAX_LENGTH = DomainName.MAX_LENGTH;

    /** What an admin typed, checked; refused with a message for the field. */
    static SenderDomainName parse(String typed, String baseHost) {
        try {
            return new SenderDomainName(DomainName.parse(typed, baseHost).value());
        } catch (DomainName.Refused refused) {
            throw new InvalidSenderDomainException(
                    switch (refused.problem()) {
                        case REQUIRED -> ConstraintMessages.get("sender-domain.name.required");
                        case INVALID -> ConstraintMessages.get("sender-domain.name.invalid", typed.strip());
                        case LYCEUM -> ConstraintMessages.get("sender-domain.name.lyceum", refused.name());
                    });
        }
    }
}
