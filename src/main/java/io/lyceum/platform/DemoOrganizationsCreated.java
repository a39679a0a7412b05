package io.lyceum.platform;

import java.util.List;

import io.lyceum.tenancy.Tenant;

/** The demo organizations were just created on an empty database: other modules may add demo content. */
public record DemoOrganizationsCreated(List<Tenant> organizations) {
}
