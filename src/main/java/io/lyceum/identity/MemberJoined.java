package io.lyceum.identity;

/** An invited person set their password and is now a member of the organization in context. */
public record MemberJoined(long userId, String email, String displayName) {}
