package io.lyceum.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerificationIndex extends JpaRepository<VerificationIndexEntry, String> {

    /** Forgets every code of an organization: they verify as unknown from then on. */
    @Modifying
    @Query("delete from VerificationIndexEntry e where e.orgSlug = :slug")
    int deleteByOrgSlug(String slug);
}
