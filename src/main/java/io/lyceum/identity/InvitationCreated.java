package io.lyceum.identity;

import java.time.Instant;

/**
 * Published in the transaction that invited a member (or made them a new invitation link): the
 * link to set their password, on the organization's host, and when it stops working.
 */
public record InvitationCreated(long userId, String email, String displayName, String link, Instant expiresAt) {}
