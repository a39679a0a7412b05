package io.lyceum.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a service's refusal next to the field it concerns. The binder validates the same constraints
 * as the service, so this is for what only the service can know (a taken address) and for input
 * that changed between the two checks.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /**
     * Marks the field bound to {@code property} invalid with {@code message}. Returns false when no
     * field is bound to it, for the caller to say the message elsewhere.
     */
    public static boolean show(Binder<?> binder, String property, String message) {
        var field = binder.getBinding(property)
                .map(binding -> binding.getField())
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
        field.ifPresent(found -> {
            found.setErrorMessage(message);
            found.setInvalid(true);
        });
        return field.isPresent();
    }

    /**
     * Shows each violation of a service's method validation next to its field (the last node of its
     * path names the property). Returns the messages no field took, for a form-level notice.
     */
    public static List<String> show(Binder<?> binder, ConstraintViolationException refused) {
        var unplaced = new ArrayList<String>();
        for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
            if (!show(binder, property(violation.getPropertyPath()), violation.getMessage())) {
                unplaced.add(violation.getMessage());
            }
        }
        return unplaced;
    }

    private static String property(Path path) {
        String last = "";
        for (Path.Node node : path) {
            last = node.getName() == null ? last : node.getName();
        }
        return last;
    }
}
