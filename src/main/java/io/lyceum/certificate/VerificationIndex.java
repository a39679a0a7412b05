package io.lyceum.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationIndex extends JpaRepository<VerificationIndexEntry, String> {}
