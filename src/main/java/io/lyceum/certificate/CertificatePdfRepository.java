package io.lyceum.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificatePdfRepository extends JpaRepository<CertificatePdf, Long> {}
