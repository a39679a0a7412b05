package io.lyceum;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Bean-validation refusals as "property → message", as a person would read them next to the fields. */
public final class Violations {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private Violations() {}

    /** The refusals of a service's method validation, by the property at fault. */
    public static Map<String, String> of(Throwable refused) {
        return byProperty(((ConstraintViolationException) refused).getConstraintViolations());
    }

    /** What is wrong with a form or entity, by property; empty when it is valid. */
    public static Map<String, String> of(Object form) {
        return byProperty(VALIDATOR.validate(form));
    }

    private static Map<String, String> byProperty(Set<? extends ConstraintViolation<?>> violations) {
        var messages = new TreeMap<String, String>();
        for (ConstraintViolation<?> violation : violations) {
            messages.merge(last(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return messages;
    }

    private static String last(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
