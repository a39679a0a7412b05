package io.lyceum.platform;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff type about a plan: its name, prices in US dollars with cents, its limits (none means
 * unlimited), the Stripe prices it is sold at, whether organizations on it may send mail from their
 * own domain, and its plugins. Checked by the console's plan dialog
 * as it is filled in and by {@link PlanCatalog}, which also checks what needs the other plans.
 */
public record PlanForm(
        @NotBlank(message = "{plan.name.required}") @Size(max = NAME_MAX_LENGTH, message = "{text.too-long}") String name,

        @NotNull(message = "{plan.price.required}") @DecimalMin(value = "0", message = "{plan.price.range}") @DecimalMax(value = MAX_PRICE, message = "{plan.price.range}") @Digits(integer = 6, fraction = 2, message = "{plan.price.range}") BigDecimal monthlyPrice,

        @NotNull(message = "{plan.price.required}") @DecimalMin(value = "0", message = "{plan.price.range}") @DecimalMax(value = MAX_PRICE, message = "{plan.price.range}") @Digits(integer = 6, fraction = 2, message = "{plan.price.range}") BigDecimal yearlyPrice,

        @Min(value = 0, message = "{plan.limit.range}") @Nullable Integer maxCourses,

        @Min(value = 0, message = "{plan.limit.range}") @Nullable Integer maxStudents,

        @Min(value = 0, message = "{plan.limit.range}") @Nullable Integer maxInstructors,

        @Min(value = 0, message = "{plan.limit.range}") @Nullable Integer storageMb,

        @Min(value = 0, message = "{plan.limit.range}") @Nullable Integer emailsPerMonth,

        @Pattern(regexp = STRIPE_PRICE, message = "{plan.stripe-price.format}") @Size(max = STRIPE_PRICE_MAX_LENGTH, message = "{text.too-long}") @Nullable String stripeMonthlyPrice,

        @Pattern(regexp = STRIPE_PRICE, message = "{plan.stripe-price.format}") @Size(max = STRIPE_PRICE_MAX_LENGTH, message = "{text.too-long}") @Nullable String stripeYearlyPrice,

        boolean ownSenderDomain,

        Set<String> plugins) {

    public static final int NAME_MAX_LENGTH = 80;
    /** A new plan's code: what organizations, tests and Stripe metadata refer to it by. */
    public static final String CODE = "[A-Z][A-Z0-9_]{1,31}";

    public static final String STRIPE_PRICE = "price_[A-Za-z0-9_]+";
    public static final int STRIPE_PRICE_MAX_LENGTH = 255;
    static final String MAX_PRICE = "999999.99";

    public PlanForm {
        name = name == null ? "" : name.strip();
        stripeMonthlyPrice = blankToNull(stripeMonthlyPrice);
        stripeYearlyPrice = blankToNull(stripeYearlyPrice);
        plugins = plugins == null ? Set.of() : Set.copyOf(plugins);
    }

    /** A blank form for a new plan: free, unlimited, no own sender domain, no plugins. */
    public static PlanForm empty() {
        return new PlanForm(
                "", BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null, null, null, false, Set.of());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
