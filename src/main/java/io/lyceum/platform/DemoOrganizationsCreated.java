package io.lyceum.platform;

import io.lyceum.tenancy.Tenant;
import java.util.List;

/** The demo organizations were just created on an empty database: other modules may add demo content. */
public record DemoOrganizationsCreated(List<Tenant> organizations) {}
