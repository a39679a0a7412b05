package io.lyceum.platform;

import io.lyceum.tenancy.TenantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The organization that verified this host (one look-up by the host's primary key); none before. */
    @Query("select o from Organization o, CustomDomain d where d.organizationId = o.id and d.host = :host"
            + " and d.verified = true")
    Optional<Organization> findByVerifiedCustomDomain(String host);

    List<Organization> findByStatusIn(List<TenantStatus> statuses);

    List<Organization> findByStatus(TenantStatus status);

    long countByStatus(TenantStatus status);

    boolean existsByPlanCode(String planCode);

    /** Organizations per plan code, as rows of code and count. */
    @Query("select o.plan.code, count(o) from Organization o group by o.plan.code")
    List<Object[]> countByPlan();

    @Modifying
    @Query("update Organization o set o.userCount = o.userCount + 1 where o.slug = :slug")
    void incrementUserCount(String slug);
}
