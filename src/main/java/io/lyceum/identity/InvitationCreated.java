package io.lyceum.identity;

import java.time.Instant;

/**
 * A person was invited to the organization in context (People page, CSV import): published in the
 * transaction that stored the invitation, so that the mail is queued with it.
 *
 * @param link the absolute address on the organization's host that sets the password
 */
public record InvitationCreated(long userId, String email, String displayName, String link, Instant expiresAt) {}
