package io.lyceum.identity;

/** A member created without a password, and the single-use token of their invitation link. */
public record Invited(UserSummary user, String token) {}
