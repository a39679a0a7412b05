package io.lyceum.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import io.lyceum.base.validation.ConstraintMessages;

/**
 * Number fields whose range is a form constraint. Their own min/max check is left unset: it would
 * refuse with an empty message before the constraint's message could be shown. What they still
 * check themselves, input that is not a number, gets words.
 */
public final class NumberFields {

    private NumberFields() {}

    public static void wholeNumbers(IntegerField... fields) {
        for (IntegerField field : fields) {
            field.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage(ConstraintMessages.get("number.whole")));
        }
    }
}
