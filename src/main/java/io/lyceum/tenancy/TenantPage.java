package io.lyceum.tenancy;

/** Marks a view or layout that exists only on an organization's host. */
public interface TenantPage {

    /** Where an organization's root address leads. */
    String HOME_PATH = "learn";
}
