package io.lyceum.identity;

/** Published in the transaction that added a member to an organization. */
public record UserCreated(String org, long userId) {}
