package io.lyceum.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.Toast;
import io.lyceum.grading.GradeLetter;
import io.lyceum.grading.Gradebook;
import io.lyceum.grading.GradebookCategory;
import io.lyceum.grading.GradebookItem;
import io.lyceum.grading.GradebookRefusedException;
import io.lyceum.grading.GradebookSetup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The gradebook's rules beside the grid: categories (name, weight, drop lowest), which category each
 * item counts in, and the letter scale. Each change is saved at once; deleting a category asks first.
 */
class SetupDialog extends Dialog {

    final Div categories = new Div();
    final Div items = new Div();
    final Div letters = new Div();
    final Div stepsBox = new Div();
    final TextField newName = new TextField(getTranslation("gradebook.setup.category.name"));
    final BigDecimalField newWeight = new BigDecimalField(getTranslation("gradebook.setup.category.weight"));
    final IntegerField newDrop = new IntegerField(getTranslation("gradebook.setup.category.drop"));
    final Button addCategory = new Button(getTranslation("gradebook.setup.category.add"));
    final Button saveLetters = new Button(getTranslation("gradebook.setup.letters.save"));
    final Button defaultLetters = new Button(getTranslation("gradebook.setup.letters.default"));
    final List<LetterStep> steps = new ArrayList<>();

    private final Gradebook gradebook;
    private final long courseId;
    private final Runnable onChange;

    /** One step of the scale being edited. */
    record LetterStep(TextField letter, BigDecimalField min) {}

    SetupDialog(Gradebook gradebook, long courseId, Runnable onChange) {
        this.gradebook = gradebook;
        this.courseId = courseId;
        this.onChange = onChange;
        DialogWidth.WIDE.apply(this);
        setHeaderTitle(getTranslation("gradebook.setup.title"));
        newDrop.setValue(0);
        newDrop.setMin(0);
        newWeight.setSuffixComponent(new Span("%"));
        addCategory.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCategory.addClickListener(click -> attempt(() -> {
            gradebook.createCategory(
                    courseId,
                    newName.getValue(),
                    Objects.requireNonNullElse(newWeight.getValue(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(newDrop.getValue(), 0));
            newName.clear();
            newWeight.clear();
            newDrop.setValue(0);
        }));
        saveLetters.addClickListener(click -> attempt(() -> gradebook.setLetters(
                courseId,
                steps.stream()
                        .filter(step -> !step.letter().getValue().isBlank()
                                || step.min().getValue() != null)
                        .map(step -> new GradeLetter(
                                step.letter().getValue(),
                                Objects.requireNonNullElse(step.min().getValue(), BigDecimal.ZERO)))
                        .toList())));
        defaultLetters.addClickListener(click -> attempt(() -> gradebook.setLetters(courseId, List.of())));
        var add = new HorizontalLayout(newName, newWeight, newDrop, addCategory);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.setWrap(true);
        add(
                new H3(getTranslation("gradebook.setup.categories")),
                new Paragraph(getTranslation("gradebook.setup.rule")),
                categories,
                add,
                new H3(getTranslation("gradebook.setup.items")),
                items,
                new H3(getTranslation("gradebook.setup.letters")),
                letters);
        var close = new Button(getTranslation("gradebook.setup.close"), click -> close());
        getFooter().add(close);
        refresh();
    }

    private void attempt(Runnable change) {
        try {
            change.run();
            Toast.success(getTranslation("gradebook.setup.saved"));
            onChange.run();
            refresh();
        } catch (GradebookRefusedException e) {
            Toast.error(e.getMessage());
            if (e.conflict()) {
                refresh();
            }
        }
    }

    void refresh() {
        GradebookSetup setup = gradebook.setup(courseId);
        categories.removeAll();
        for (GradebookCategory category : setup.categories()) {
            var name = new TextField(getTranslation("gradebook.setup.category.name"), category.name(), "");
            var weight = new BigDecimalField(getTranslation("gradebook.setup.category.weight"));
            weight.setValue(category.weight());
            weight.setSuffixComponent(new Span("%"));
            var drop = new IntegerField(getTranslation("gradebook.setup.category.drop"));
            drop.setValue(category.dropLowest());
            drop.setMin(0);
            var save = new Button(
                    getTranslation("gradebook.setup.category.save"),
                    click -> attempt(() -> gradebook.updateCategory(
                            category.id(),
                            category.version(),
                            name.getValue(),
                            Objects.requireNonNullElse(weight.getValue(), BigDecimal.ZERO),
                            Objects.requireNonNullElse(drop.getValue(), 0))));
            save.setAriaLabel(getTranslation("gradebook.setup.category.save.aria", category.name()));
            var delete =
                    new Button(getTranslation("gradebook.setup.category.delete"), click -> confirmDelete(category));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel(getTranslation("gradebook.setup.category.delete.aria", category.name()));
            var line = new HorizontalLayout(name, weight, drop, save, delete);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            categories.add(line);
        }
        if (setup.categories().isEmpty()) {
            categories.add(new Paragraph(getTranslation("gradebook.setup.no-categories")));
        }
        items.removeAll();
        for (GradebookItem item : setup.items()) {
            var select = new Select<GradebookCategory>();
            select.setLabel(item.title());
            select.setItems(setup.categories());
            select.setItemLabelGenerator(
                    category -> category == null ? getTranslation("gradebook.setup.uncategorised") : category.name());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("gradebook.setup.uncategorised"));
            setup.categories().stream()
                    .filter(category -> Objects.equals(category.id(), item.categoryId()))
                    .findFirst()
                    .ifPresent(select::setValue);
            select.addValueChangeListener(change -> {
                GradebookCategory picked = change.getValue();
                attempt(() -> gradebook.assign(courseId, item.moduleId(), picked == null ? null : picked.id()));
            });
            items.add(select);
        }
        letters.removeAll();
        steps.clear();
        if (setup.defaultLetters()) {
            letters.add(new Paragraph(getTranslation("gradebook.setup.letters.using-default")));
        }
        stepsBox.removeAll();
        letters.add(stepsBox);
        for (GradeLetter step : setup.letters()) {
            addStep(step.letter(), step.minPercent());
        }
        var addStep = new Button(getTranslation("gradebook.setup.letters.add"), click -> addStep("", null));
        var buttons = new HorizontalLayout(addStep, saveLetters, defaultLetters);
        buttons.setWrap(true);
        letters.add(buttons);
    }

    private void addStep(String letter, @Nullable BigDecimal min) {
        var letterField = new TextField(getTranslation("gradebook.setup.letters.letter"), letter, "");
        letterField.setMaxLength(GradeLetter.LETTER_MAX_LENGTH);
        letterField.setWidth("6rem");
        var minField = new BigDecimalField(getTranslation("gradebook.setup.letters.min"));
        minField.setValue(min);
        minField.setSuffixComponent(new Span("%"));
        minField.setWidth("8rem");
        var step = new LetterStep(letterField, minField);
        steps.add(step);
        var line = new HorizontalLayout(letterField, minField);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        stepsBox.add(line);
    }

    private void confirmDelete(GradebookCategory category) {
        var confirm = new ConfirmDialog(
                getTranslation("gradebook.setup.category.delete.title", category.name()),
                getTranslation("gradebook.setup.category.delete.text"),
                getTranslation("gradebook.setup.category.delete.confirm"),
                click -> attempt(() -> gradebook.deleteCategory(category.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("gradebook.setup.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
