package io.lyceum.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentImportRowRepository extends JpaRepository<EnrollmentImportRow, Long> {}
