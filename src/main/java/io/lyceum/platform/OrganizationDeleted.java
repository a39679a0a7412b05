package io.lyceum.platform;

/**
 * Staff deleted an organization: its schema is gone and its platform rows are being removed, in the
 * transaction this is published in. Modules that keep platform rows about it by slug (the certificate
 * verification index) remove theirs in the same transaction.
 */
public record OrganizationDeleted(long organizationId, String slug, String schema) {}
