package io.lyceum.identity;

/**
 * Published in the transaction in which a member can first sign in: created with a password, or
 * invited and now having set one (not when the invitation is made).
 */
public record MemberJoined(long userId, String email, String displayName) {}
