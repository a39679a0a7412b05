package io.lyceum.notification;

/** An organization's own sender domain passed its DNS checks: held mail may go. */
record SenderDomainVerified(String org, String domain) {}
