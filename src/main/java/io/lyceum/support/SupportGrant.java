package io.lyceum.support;

import java.io.Serializable;
import java.time.Instant;

/** What a support sign-in carries (as its authentication's details): which session, why, until when. */
public record SupportGrant(long sessionId, long organizationId, String reason, Instant expiresAt)
        implements Serializable {}
