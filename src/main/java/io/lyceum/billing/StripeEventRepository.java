package io.lyceum.billing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StripeEventRepository extends JpaRepository<StripeEventRecord, String> {

    /**
     * Claims an event for handling: 1 when it is new or its handling failed before (the row stays
     * locked until the caller's transaction ends, so a parallel delivery waits), 0 when it was handled.
     */
    @Modifying
    @Query(
            value = "insert into platform.stripe_event (id, type, received_at, outcome, payload)"
                    + " values (:id, :type, :receivedAt, 'RECEIVED', :payload)"
                    + " on conflict (id) do update set outcome = 'RECEIVED'"
                    + " where platform.stripe_event.outcome = 'FAILED'",
            nativeQuery = true)
    int claim(String id, String type, Instant receivedAt, String payload);

    List<StripeEventRecord> findByOrganizationIdOrderByReceivedAtDesc(long organizationId, Pageable page);

    List<StripeEventRecord> findAllByOrderByReceivedAtDesc(Pageable page);

    long countByOutcome(StripeEventRecord.Outcome outcome);

    long countByOutcomeAndReceivedAtBefore(StripeEventRecord.Outcome outcome, Instant before);
}
