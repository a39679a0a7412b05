package io.lyceum.platform;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A plan's price, limits and plugin set: data in the platform schema, edited by staff. */
@Entity
@Table(name = "plan", schema = "platform")
class Plan {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "monthly_price_cents", nullable = false)
    private int monthlyPriceCents;

    @Column(name = "yearly_price_cents", nullable = false)
    private int yearlyPriceCents;

    /** The Stripe prices this plan is sold at; without them, staff assign the plan. */
    @Column(name = "stripe_monthly_price")
    private @Nullable String stripeMonthlyPrice;

    @Column(name = "stripe_yearly_price")
    private @Nullable String stripeYearlyPrice;

    /** No longer offered; organizations already on it keep it. */
    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "max_courses")
    private @Nullable Integer maxCourses;

    @Column(name = "max_students")
    private @Nullable Integer maxStudents;

    @Column(name = "max_instructors")
    private @Nullable Integer maxInstructors;

    @Column(name = "storage_mb")
    private @Nullable Integer storageMb;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_plugin", schema = "platform", joinColumns = @JoinColumn(name = "plan_code"))
    @Column(name = "plugin_id")
    private Set<String> plugins = new HashSet<>();

    protected Plan() {
        this.code = "";
        this.name = "";
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    /** The plan's limit for an action; null when unlimited. */
    @Nullable Integer limit(PlanAction action) {
        return switch (action) {
            case CREATE_COURSE -> maxCourses;
            case ENROLL_STUDENT -> maxStudents;
            case ADD_INSTRUCTOR -> maxInstructors;
            case STORE_FILES -> storageMb;
        };
    }

    int monthlyPriceCents() {
        return monthlyPriceCents;
    }

    int yearlyPriceCents() {
        return yearlyPriceCents;
    }

    @Nullable String stripePrice(BillingInterval interval) {
        return switch (interval) {
            case MONTH -> stripeMonthlyPrice;
            case YEAR -> stripeYearlyPrice;
        };
    }

    boolean retired() {
        return retired;
    }

    Set<String> plugins() {
        return Set.copyOf(plugins);
    }
}
