package io.lyceum.identity;

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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A practical check of email syntax, the same for every form: empty and malformed have their own message. */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface EmailAddress {

    String message() default "{email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EmailAddress, String> {

        // One @, a dotted domain, no spaces: what people type by mistake is caught, odd-but-valid passes.
        private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

        public static boolean isValid(@Nullable String email) {
            String value = email == null ? "" : email.strip();
            return value.length() <= User.EMAIL_MAX_LENGTH
                    && FORMAT.matcher(value).matches();
        }

        @Override
        public boolean isValid(@Nullable String email, ConstraintValidatorContext context) {
            if (email == null || email.isBlank()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{email.required}").addConstraintViolation();
                return false;
            }
            return isValid(email);
        }
    }
}
