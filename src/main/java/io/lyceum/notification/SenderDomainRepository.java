package io.lyceum.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SenderDomainRepository extends JpaRepository<SenderDomain, Long> {

    /** The organization's sender domain: there is at most one. */
    Optional<SenderDomain> findFirstByOrderByIdAsc();
}
