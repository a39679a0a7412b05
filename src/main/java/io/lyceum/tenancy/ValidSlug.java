package io.lyceum.tenancy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Text that can be an organization's {@link Slug}, with a message for the rule it breaks. */
@Documented
@Constraint(validatedBy = ValidSlug.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface ValidSlug {

    String message() default "{slug.format}";

    /** The lengths of a slug, for the messages (see {@code Password}); not settings. */
    int min() default Slug.MIN_LENGTH;

    int max() default Slug.MAX_LENGTH;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ValidSlug, String> {

        @Override
        public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
            var problem = Slug.problem(text == null ? "" : text);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "{slug." + problem.get().name().toLowerCase(Locale.ROOT) + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
