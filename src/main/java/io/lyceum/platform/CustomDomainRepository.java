package io.lyceum.platform;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomDomainRepository extends JpaRepository<CustomDomain, String> {

    Optional<CustomDomain> findByOrganizationId(long organizationId);
}
