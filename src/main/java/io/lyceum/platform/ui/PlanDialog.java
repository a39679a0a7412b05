package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.NumberFields;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.platform.InvalidPlanException;
import io.lyceum.platform.PlanEntry;
import io.lyceum.platform.PlanForm;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Creates a plan or edits one. The binder checks {@link PlanForm}'s constraints as the catalog
 * does; what needs the other plans (a Stripe price another plan has, a taken code, an edit made on
 * stale data) comes back from the catalog and lands next to its field, or above the form.
 */
class PlanDialog extends Dialog {

    final TextField code = new TextField(getTranslation("plans.code"));
    final TextField name = new TextField(getTranslation("plans.name"));
    final BigDecimalField monthlyPrice = new BigDecimalField(getTranslation("plans.monthly-price"));
    final BigDecimalField yearlyPrice = new BigDecimalField(getTranslation("plans.yearly-price"));
    final IntegerField maxCourses = new IntegerField(getTranslation("plans.courses"));
    final IntegerField maxStudents = new IntegerField(getTranslation("plans.students"));
    final IntegerField maxInstructors = new IntegerField(getTranslation("plans.instructors"));
    final IntegerField storageMb = new IntegerField(getTranslation("plans.storage"));
    final IntegerField emailsPerMonth = new IntegerField(getTranslation("plans.emails"));
    final TextField stripeMonthlyPrice = new TextField(getTranslation("plans.stripe-monthly"));
    final TextField stripeYearlyPrice = new TextField(getTranslation("plans.stripe-yearly"));
    final Checkbox ownSenderDomain = new Checkbox(getTranslation("sender-domain.plans.allowed"));
    final MultiSelectComboBox<String> plugins = new MultiSelectComboBox<>(getTranslation("plans.plugins"));
    final Button save = new Button();
    final Paragraph formError = new Paragraph();
    final BeanValidationBinder<PlanForm> binder = new BeanValidationBinder<>(PlanForm.class);

    /**
     * @param existing the plan to edit; null for a new one
     * @param onSave saves the code and form; throws the catalog's refusals, which the dialog shows
     */
    PlanDialog(
            @Nullable PlanEntry existing,
            List<String> pluginIds,
            Function<String, String> pluginName,
            BiConsumer<String, PlanForm> onSave) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("plans.dialog.new")
                        : getTranslation("plans.dialog.edit", existing.form().name()));
        name.setMaxLength(PlanForm.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        code.setRequiredIndicatorVisible(true);
        code.setHelperText(getTranslation("plans.code.help"));
        code.setMaxLength(32);
        for (IntegerField limit : List.of(maxCourses, maxStudents, maxInstructors, storageMb, emailsPerMonth)) {
            limit.setHelperText(getTranslation("plans.limit.help"));
        }
        NumberFields.wholeNumbers(maxCourses, maxStudents, maxInstructors, storageMb, emailsPerMonth);
        for (TextField price : List.of(stripeMonthlyPrice, stripeYearlyPrice)) {
            price.setHelperText(getTranslation("plans.stripe.help"));
            price.setMaxLength(PlanForm.STRIPE_PRICE_MAX_LENGTH);
        }
        // A plan may name plugins this build does not ship yet: kept, and shown by their ids.
        var choices = new TreeSet<>(pluginIds);
        if (existing != null) {
            choices.addAll(existing.form().plugins());
        }
        ownSenderDomain.setHelperText(getTranslation("sender-domain.plans.allowed.help"));
        plugins.setItems(choices);
        plugins.setItemLabelGenerator(pluginName::apply);

        binder.forField(name).bind("name");
        binder.forField(monthlyPrice).bind("monthlyPrice");
        binder.forField(yearlyPrice).bind("yearlyPrice");
        binder.forField(maxCourses).bind("maxCourses");
        binder.forField(maxStudents).bind("maxStudents");
        binder.forField(maxInstructors).bind("maxInstructors");
        binder.forField(storageMb).bind("storageMb");
        binder.forField(emailsPerMonth).bind("emailsPerMonth");
        binder.forField(stripeMonthlyPrice).withNullRepresentation("").bind("stripeMonthlyPrice");
        binder.forField(stripeYearlyPrice).withNullRepresentation("").bind("stripeYearlyPrice");
        binder.forField(ownSenderDomain).bind("ownSenderDomain");
        binder.forField(plugins).bind("plugins");
        binder.readRecord(existing == null ? PlanForm.empty() : existing.form());

        if (existing == null) {
            code.addValueChangeListener(change -> code.setInvalid(false));
        } else {
            code.setValue(existing.code());
            code.setReadOnly(true);
        }

        save.setText(getTranslation(existing == null ? "plans.create" : "plans.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            formError.setVisible(false);
            boolean codeOk = existing != null || checkCode();
            if (!binder.validate().isOk() || !codeOk) {
                return;
            }
            try {
                onSave.accept(code.getValue().strip(), form());
                close();
            } catch (ConstraintViolationException e) {
                FieldErrors.show(binder, e).forEach(this::refuse);
            } catch (InvalidPlanException e) {
                if (e.field().equals("code")) {
                    code.setErrorMessage(e.getMessage());
                    code.setInvalid(true);
                } else if (!FieldErrors.show(binder, e.field(), e.getMessage())) {
                    refuse(e.getMessage());
                }
            }
        });
        var cancel = new Button(getTranslation("plans.cancel"), click -> close());

        var form = new FormLayout(
                code,
                name,
                monthlyPrice,
                yearlyPrice,
                maxCourses,
                maxStudents,
                maxInstructors,
                storageMb,
                emailsPerMonth,
                ownSenderDomain,
                plugins,
                stripeMonthlyPrice,
                stripeYearlyPrice);
        form.setColspan(ownSenderDomain, 2);
        form.setColspan(plugins, 2);
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        add(formError, form);
        getFooter().add(cancel, save);
        DialogWidth.MEDIUM.apply(this);
    }

    private boolean checkCode() {
        boolean valid = code.getValue().strip().matches(PlanForm.CODE);
        code.setErrorMessage(valid ? "" : ConstraintMessages.get("plan.code.format"));
        code.setInvalid(!valid);
        return valid;
    }

    /** Not any field's fault: said above the form, read out by screen readers. */
    private void refuse(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    /** The form as filled in; call after the binder has validated it. */
    PlanForm form() {
        return new PlanForm(
                name.getValue(),
                monthlyPrice.getValue(),
                yearlyPrice.getValue(),
                maxCourses.getValue(),
                maxStudents.getValue(),
                maxInstructors.getValue(),
                storageMb.getValue(),
                emailsPerMonth.getValue(),
                stripeMonthlyPrice.getValue(),
                stripeYearlyPrice.getValue(),
                ownSenderDomain.getValue(),
                plugins.getValue());
    }
}
