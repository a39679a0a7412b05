package io.lyceum.platform;

import io.lyceum.base.dns.DomainName;
import io.lyceum.base.validation.ConstraintMessages;

/**
 * A host an organization may answer on: a {@link DomainName} (at least two labels, lower-case, ASCII,
 * not under Lyceum's base domain, whose names are its organizations' subdomains, and not a name public
 * DNS never answers for).
 */
record CustomDomainName(String value) {

    static final int MAX_LENGTH = DomainName.MAX_LENGTH;

    static CustomDomainName parse(String typed, String baseHost) {
        try {
            return new CustomDomainName(DomainName.parse(typed, baseHost).value());
        } catch (DomainName.Refused refused) {
            throw new CustomDomainException(
                    switch (refused.problem()) {
                        case REQUIRED -> ConstraintMessages.get("custom-domain.host.required");
                        case INVALID -> ConstraintMessages.get("custom-domain.host.invalid", typed.strip());
                        case LYCEUM ->
                            ConstraintMessages.get("custom-domain.host.lyceum", refused.name(), refused.baseHost());
                    });
        }
    }
}
