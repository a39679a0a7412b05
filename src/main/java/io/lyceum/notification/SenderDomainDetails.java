package io.lyceum.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The organization's sender domain as its admins see it: the records to create and where it stands. */
public record SenderDomainDetails(
        String domain,
        String selector,
        SenderDomainStatus status,
        Instant createdAt,
        @Nullable Instant checkedAt,
        List<SenderDomainRecord> records) {

    public SenderDomainDetails {
        records = List.copyOf(records);
    }
}
