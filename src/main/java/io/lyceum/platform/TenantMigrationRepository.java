package io.lyceum.platform;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantMigrationRepository extends JpaRepository<TenantMigration, Long> {

    long countByOrganizationId(long organizationId);
}
