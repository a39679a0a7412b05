package io.lyceum.people;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeopleImportRowRepository extends JpaRepository<PeopleImportRow, Long> {}
