package io.lyceum.platform;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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

    /** Emails a month; past it the mail module holds non-essential mail. */
    @Column(name = "emails_per_month")
    private @Nullable Integer emailsPerMonth;

    @Column(name = "own_sender_domain", nullable = false)
    private boolean ownSenderDomain;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    // A wrapper, so that a new plan is persisted (its code is assigned) rather than merged over another.
    @Version
    @Column(name = "version", nullable = false)
    private @Nullable Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_plugin", schema = "platform", joinColumns = @JoinColumn(name = "plan_code"))
    @Column(name = "plugin_id")
    private Set<String> plugins = new HashSet<>();

    protected Plan() {
        this.code = "";
        this.name = "";
    }

    /** A new plan, listed after every other; {@code code} is checked by {@link PlanCatalog}. */
    Plan(String code, int sortOrder, PlanForm form) {
        this.code = code;
        this.name = "";
        this.sortOrder = sortOrder;
        apply(form);
    }

    /** Takes what staff typed; the form's constraints have been checked. */
    void apply(PlanForm form) {
        this.name = form.name();
        this.monthlyPriceCents = cents(form.monthlyPrice());
        this.yearlyPriceCents = cents(form.yearlyPrice());
        this.maxCourses = form.maxCourses();
        this.maxStudents = form.maxStudents();
        this.maxInstructors = form.maxInstructors();
        this.storageMb = form.storageMb();
        this.emailsPerMonth = form.emailsPerMonth();
        this.stripeMonthlyPrice = form.stripeMonthlyPrice();
        this.stripeYearlyPrice = form.stripeYearlyPrice();
        this.ownSenderDomain = form.ownSenderDomain();
        this.plugins.clear();
        this.plugins.addAll(form.plugins());
    }

    /** The plan as staff edit it: the stored values, not what any check decides. */
    PlanForm form() {
        return new PlanForm(
                name,
                BigDecimal.valueOf(monthlyPriceCents, 2),
                BigDecimal.valueOf(yearlyPriceCents, 2),
                maxCourses,
                maxStudents,
                maxInstructors,
                storageMb,
                emailsPerMonth,
                stripeMonthlyPrice,
                stripeYearlyPrice,
                ownSenderDomain,
                plugins);
    }

    private static int cents(BigDecimal dollars) {
        return dollars.movePointRight(2).intValueExact();
    }

    long version() {
        return version == null ? 0 : version;
    }

    int sortOrder() {
        return sortOrder;
    }

    void retired(boolean retired) {
        this.retired = retired;
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
            case SEND_EMAIL -> emailsPerMonth;
        };
    }

    /** Whether the plan includes a feature. */
    boolean allows(PlanFeature feature) {
        return switch (feature) {
            case OWN_SENDER_DOMAIN -> ownSenderDomain;
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
