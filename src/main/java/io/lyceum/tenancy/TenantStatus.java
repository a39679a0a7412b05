package io.lyceum.tenancy;

/** Life cycle of an organization as far as serving requests is concerned. */
public enum TenantStatus {
    /** Sign-up is creating the schema: not served yet. */
    PROVISIONING,
    ACTIVE,
    /** The tenant changelog failed on this schema; the organization is not served until fixed. */
    MIGRATION_FAILED,
    SUSPENDED
}
