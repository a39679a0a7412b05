package io.lyceum.identity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/** The password of a {@link Credentials} form does not contain its email's name; reported on "password". */
@Documented
@Constraint(validatedBy = PasswordApartFromEmail.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PasswordApartFromEmail {

    String message() default "{password.mentions-email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PasswordApartFromEmail, Credentials> {

        @Override
        public boolean isValid(@Nullable Credentials form, ConstraintValidatorContext context) {
            if (form == null || !PasswordPolicy.mentionsEmail(form.password(), form.email())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("password")
                    .addConstraintViolation();
            return false;
        }
    }
}
