package io.lyceum.base.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
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

/**
 * A brand colour ({@code #rrggbb}) that stays readable where the theme puts it: as links and text on
 * white pages, and behind the white text of primary buttons and the header. Both need WCAG AA
 * ({@value Contrast#AA_TEXT}:1) against white; the refusal names the ratio the colour has. Null and
 * anything that is no colour are left to {@code @Pattern}.
 */
@Documented
@Constraint(validatedBy = ReadableBrandColour.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ReadableBrandColour {

    String message() default "{lyceum.colour.contrast.short}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Public and nested: the validator factories of Spring and of Vaadin's binder both instantiate it. */
    class Check implements ConstraintValidator<ReadableBrandColour, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || !Contrast.isColour(value)) {
                return true;
            }
            double ratio = Contrast.ratio(value, Contrast.WHITE);
            if (ratio >= Contrast.AA_TEXT) {
                return true;
            }
            // Worded here, in the reader's language: Vaadin's binder interpolates a violation's template
            // again without the validator's parameters, so the template is the finished sentence.
            String message = ConstraintMessages.get(
                    "lyceum.colour.contrast", value.toLowerCase(Locale.ROOT), Contrast.shown(ratio), Contrast.AA_TEXT);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message.replaceAll("([\\\\{}$])", "\\\\$1"))
                    .addConstraintViolation();
            return false;
        }
    }
}
