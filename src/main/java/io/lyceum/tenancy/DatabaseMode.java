package io.lyceum.tenancy;

/** Which PostgreSQL Lyceum runs on: its own embedded one (the out-of-the-box default) or a configured server. */
public record DatabaseMode(boolean embedded) {}
