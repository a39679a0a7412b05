package io.lyceum.certificate;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateSettingsRepository extends JpaRepository<CertificateSettings, Integer> {

    @Query("select count(s) > 0 from CertificateSettings s where s.logoFile = :file")
    boolean isLogo(UUID file);
}
