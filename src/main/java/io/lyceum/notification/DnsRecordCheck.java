package io.lyceum.notification;

import org.jspecify.annotations.Nullable;

/**
 * What DNS holds for one record the organization was asked to create.
 *
 * @param found what was found when it is not as asked ({@link Outcome#WRONG}), or why the lookup
 *     failed ({@link Outcome#UNREACHABLE}); null otherwise
 */
public record DnsRecordCheck(
        SenderDomainRecord record,
        Outcome outcome,
        @Nullable String found) {

    public enum Outcome {
        MATCHES,
        MISSING,
        WRONG,
        /** DNS did not answer: nothing is known about the record. */
        UNREACHABLE
    }

    public boolean matches() {
        return outcome == Outcome.MATCHES;
    }
}
