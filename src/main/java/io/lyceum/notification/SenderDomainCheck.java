package io.lyceum.notification;

import java.time.Instant;
import java.util.List;

/** The outcome of one DNS check of the organization's sender domain, record by record. */
public record SenderDomainCheck(SenderDomainStatus status, Instant checkedAt, List<DnsRecordCheck> records) {

    public SenderDomainCheck {
        records = List.copyOf(records);
    }
}
