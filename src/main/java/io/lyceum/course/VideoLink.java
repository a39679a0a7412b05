package io.lyceum.course;

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

/** A link {@link VideoSource} can play; empty is valid (publishing asks for one). */
@Documented
@Constraint(validatedBy = VideoLink.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface VideoLink {

    String message() default "{module.video.unsupported}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<VideoLink, String> {

        @Override
        public boolean isValid(@Nullable String link, ConstraintValidatorContext context) {
            return link == null || link.isBlank() || VideoSource.isSupported(link);
        }
    }
}
