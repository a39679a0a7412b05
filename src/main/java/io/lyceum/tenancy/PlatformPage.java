package io.lyceum.tenancy;

/** Marks a view or layout that exists only on the platform's base domain. */
public interface PlatformPage {}
