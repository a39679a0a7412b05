package io.lyceum.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateSettingsRepository extends JpaRepository<CertificateSettings, Integer> {
}
