package io.lyceum.base.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
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
import org.jspecify.annotations.Nullable;

/**
 * Text that can be printed into XHTML and PDF: no control characters, lone surrogates or the
 * non-characters U+FFFE/U+FFFF, which XML 1.0 refuses. Null is valid (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{lyceum.text.unprintable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Public and nested: the validator factories of Spring and of Vaadin's binder both instantiate it. */
    class Check implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        public static boolean isPlain(CharSequence text) {
            return text.codePoints()
                    .allMatch(cp -> !Character.isISOControl(cp)
                            && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                            && cp != 0xFFFE
                            && cp != 0xFFFF);
        }
    }
}
