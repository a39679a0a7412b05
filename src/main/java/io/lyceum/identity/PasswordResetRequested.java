package io.lyceum.identity;

import java.time.Instant;

/**
 * A member asked for a link to set a new password: published in the transaction that stored the
 * token, so that the mail is queued with it. Never published for an unknown address.
 *
 * @param link the absolute address on the organization's host that sets the new password
 */
public record PasswordResetRequested(long userId, String email, String displayName, String link, Instant expiresAt) {}
