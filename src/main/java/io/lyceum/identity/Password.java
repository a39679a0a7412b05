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
import org.jspecify.annotations.Nullable;

/** A password that keeps {@link PasswordPolicy}, with a message for the rule it breaks. */
@Documented
@Constraint(validatedBy = Password.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Password {

    String message() default "{password.too-short}";

    /**
     * The policy's lengths, as attributes so that every message interpolator (Vaadin's binder
     * interpolates again, for the UI's locale) can put them in the messages. Not settings.
     */
    int min() default PasswordPolicy.MIN_LENGTH;

    int max() default PasswordPolicy.MAX_LENGTH;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Password, String> {

        @Override
        public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
            var broken = PasswordPolicy.broken(password == null ? "" : password);
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + broken.get().messageKey + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
