package io.lyceum.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the organization's invoices, as Stripe lists it; the PDF stays at Stripe. */
public record Invoice(
        @Nullable String number,
        Instant created,
        long totalCents,
        String currency,
        @Nullable String status,
        @Nullable String pdfUrl) {}
