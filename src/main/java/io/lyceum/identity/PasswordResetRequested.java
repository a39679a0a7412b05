package io.lyceum.identity;

import java.time.Instant;

/**
 * Published in the transaction that made a single-use link for a member to set a new password
 * (asked for on the login page, or made by an admin): the link on the organization's host, and when
 * it stops working.
 */
public record PasswordResetRequested(long userId, String email, String displayName, String link, Instant expiresAt) {}
