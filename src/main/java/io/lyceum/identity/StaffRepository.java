package io.lyceum.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByEmail(String email);
}
