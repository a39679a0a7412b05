package io.lyceum.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The People page's query: the ids of a page of members matching a {@link MemberFilter}, sorted and
 * paged in SQL, and their count. Sort properties are allowlisted; every value is a parameter.
 */
@Component
class UserSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "displayName", "lower(u.displayName)",
            "email", "u.email",
            "createdAt", "u.createdAt",
            "lastSignedInAt", "u.lastSignedInAt",
            "cohort", "u.cohort");

    private final EntityManager entityManager;
    private final Clock clock;

    UserSearch(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Page<Long> ids(MemberFilter filter, Pageable pageable) {
        var where = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        if (!filter.text().isEmpty()) {
            where.add("(lower(u.email) like :text or lower(u.displayName) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.role() != null) {
            where.add(":role member of u.roles");
            parameters.put("role", filter.role());
        }
        if (filter.status() != null) {
            where.add(
                    switch (filter.status()) {
                        case ACTIVE -> "u.enabled = true and u.credentialsChangedAt is not null";
                        case INVITED -> "u.enabled = true and u.credentialsChangedAt is null";
                        case DEACTIVATED -> "u.enabled = false";
                    });
        }
        if (filter.lastSignIn() != null) {
            var lastSignIn = filter.lastSignIn();
            if (lastSignIn == LastSignIn.NEVER) {
                where.add("u.lastSignedInAt is null");
            } else {
                Instant since = clock.instant().minus(lastSignIn.span());
                where.add(
                        lastSignIn == LastSignIn.OVER_90_DAYS
                                ? "u.lastSignedInAt < :since"
                                : "u.lastSignedInAt >= :since");
                parameters.put("since", since);
            }
        }
        if (filter.cohort() != null) {
            if (filter.cohortMembers().isEmpty()) {
                where.add("u.cohort = :cohort");
            } else {
                where.add("(u.cohort = :cohort or u.id in :cohortMembers)");
                parameters.put("cohortMembers", filter.cohortMembers());
            }
            parameters.put("cohort", filter.cohort());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = order(pageable.getSort());
        TypedQuery<Long> page = entityManager.createQuery("select u.id from User u" + condition + order, Long.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(u) from User u" + condition, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (pageable.isPaged()) {
            page.setFirstResult((int) pageable.getOffset());
            page.setMaxResults(pageable.getPageSize());
        }
        List<Long> ids = page.getResultList();
        long total = pageable.isPaged() && (pageable.getOffset() > 0 || ids.size() == pageable.getPageSize())
                ? count.getSingleResult()
                : pageable.getOffset() + ids.size();
        return new PageImpl<>(ids, pageable, total);
    }

    private static String order(Sort sort) {
        var orders = sort.stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty())
                        + (order.isAscending() ? " asc" : " desc")
                        + (order.getProperty().equals("lastSignedInAt")
                                        || order.getProperty().equals("cohort")
                                ? " nulls last"
                                : ""))
                .collect(Collectors.toList());
        orders.add("u.id asc");
        return " order by " + String.join(", ", orders);
    }
}
