package io.lyceum.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerificationIndex extends JpaRepository<VerificationIndexEntry, String> {

    @Modifying
    @Query("delete from VerificationIndexEntry e where e.orgSlug = :orgSlug")
    void deleteByOrgSlug(String orgSlug);
}
