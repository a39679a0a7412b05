package io.lyceum.grading.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.grading.RubricForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rubric's criteria × levels, each with title, description and points: added, removed and moved
 * by buttons (so by keyboard too). A service's refusal shows next to the field it concerns.
 */
class RubricEditor extends Composite<VerticalLayout> {

    final TextField title = new TextField(getTranslation("rubrics.field.title"));
    final List<CriterionRow> criteria = new ArrayList<>();
    final Button addCriterion = new Button(getTranslation("rubrics.add-criterion"), VaadinIcon.PLUS.create());
    /** A refusal of the rubric as a whole ("add a criterion"). */
    final Paragraph formError = new Paragraph();

    private final Div rows = new Div();

    RubricEditor(RubricForm form) {
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("rubric-editor");
        title.setMaxLength(RubricForm.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(form.title());
        form.criteria().forEach(criterion -> criteria.add(new CriterionRow(criterion)));
        addCriterion.addClickListener(click -> {
            var row = new CriterionRow(new RubricForm.Criterion(null, "", "", List.of()));
            row.addLevel();
            criteria.add(row);
            render();
            row.title.focus();
        });
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        layout.add(title, rows, formError, addCriterion);
        render();
    }

    /** The rubric as the fields hold it. */
    RubricForm form() {
        return new RubricForm(
                title.getValue(), criteria.stream().map(CriterionRow::form).toList());
    }

    /** Puts each violation next to its field ("criteria[0].levels[1].points"), the rest under the rubric. */
    void show(ConstraintViolationException refused) {
        Map<String, HasValidation> fields = fields();
        var rest = new ArrayList<String>();
        for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            int form = path.indexOf(".form.");
            String property = form < 0 ? path : path.substring(form + ".form.".length());
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                rest.add(violation.getMessage());
            }
        }
        formError.setText(String.join(" ", rest));
        formError.setVisible(!rest.isEmpty());
    }

    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("title", title);
        for (int c = 0; c < criteria.size(); c++) {
            CriterionRow row = criteria.get(c);
            String prefix = "criteria[" + c + "].";
            fields.put(prefix + "title", row.title);
            fields.put(prefix + "description", row.description);
            for (int l = 0; l < row.levels.size(); l++) {
                LevelRow level = row.levels.get(l);
                String at = prefix + "levels[" + l + "].";
                fields.put(at + "title", level.title);
                fields.put(at + "description", level.description);
                fields.put(at + "points", level.points);
            }
        }
        return fields;
    }

    private void render() {
        rows.removeAll();
        for (int c = 0; c < criteria.size(); c++) {
            rows.add(criteria.get(c).render(c));
        }
        if (criteria.isEmpty()) {
            rows.add(new Paragraph(getTranslation("rubrics.no-criteria")));
        }
    }

    private void redraw() {
        render();
    }

    private static <T> void move(List<T> list, int index, int by) {
        int to = index + by;
        if (to >= 0 && to < list.size()) {
            list.add(to, list.remove(index));
        }
    }

    /** One criterion's fields and its levels. */
    final class CriterionRow {
        final @Nullable String id;
        final TextField title = new TextField();
        final TextArea description = new TextArea();
        final List<LevelRow> levels = new ArrayList<>();

        CriterionRow(RubricForm.Criterion criterion) {
            id = criterion.id();
            title.setMaxLength(RubricForm.CRITERION_TITLE_MAX_LENGTH);
            title.setRequiredIndicatorVisible(true);
            title.setValue(criterion.title());
            description.setMaxLength(RubricForm.DESCRIPTION_MAX_LENGTH);
            description.setValue(criterion.description());
            criterion.levels().forEach(level -> levels.add(new LevelRow(level)));
        }

        void addLevel() {
            levels.add(new LevelRow(new RubricForm.Level(null, "", "", BigDecimal.ZERO)));
        }

        RubricForm.Criterion form() {
            return new RubricForm.Criterion(
                    id,
                    title.getValue(),
                    description.getValue(),
                    levels.stream().map(LevelRow::form).toList());
        }

        Div render(int index) {
            int number = index + 1;
            title.setLabel(getTranslation("rubrics.criterion.title", number));
            description.setLabel(getTranslation("rubrics.criterion.description", number));
            title.setWidthFull();
            description.setWidthFull();
            var up = iconButton(VaadinIcon.ARROW_UP, getTranslation("rubrics.criterion.up", number), () -> {
                move(criteria, index, -1);
                redraw();
            });
            up.setEnabled(index > 0);
            var down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("rubrics.criterion.down", number), () -> {
                move(criteria, index, 1);
                redraw();
            });
            down.setEnabled(index < criteria.size() - 1);
            var remove = iconButton(VaadinIcon.TRASH, getTranslation("rubrics.criterion.remove", number), () -> {
                criteria.remove(this);
                redraw();
                addCriterion.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var heading =
                    new HorizontalLayout(new H4(getTranslation("rubrics.criterion.heading", number)), up, down, remove);
            heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            var levelRows = new VerticalLayout();
            levelRows.setPadding(false);
            for (int l = 0; l < levels.size(); l++) {
                levelRows.add(levels.get(l).render(this, number, l));
            }
            var addLevel = new Button(getTranslation("rubrics.add-level"), VaadinIcon.PLUS.create(), click -> {
                addLevel();
                redraw();
                levels.getLast().title.focus();
            });
            addLevel.setAriaLabel(getTranslation("rubrics.add-level.aria", number));
            addLevel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var box = new Div(heading, title, description, levelRows, addLevel);
            box.addClassName("rubric-criterion");
            return box;
        }
    }

    /** One level of a criterion. */
    final class LevelRow {
        final @Nullable String id;
        final TextField title = new TextField();
        final TextField description = new TextField();
        final BigDecimalField points = new BigDecimalField();

        LevelRow(RubricForm.Level level) {
            id = level.id();
            title.setMaxLength(RubricForm.LEVEL_TITLE_MAX_LENGTH);
            title.setRequiredIndicatorVisible(true);
            title.setValue(level.title());
            description.setMaxLength(RubricForm.DESCRIPTION_MAX_LENGTH);
            description.setValue(level.description());
            points.setValue(level.points());
            points.setRequiredIndicatorVisible(true);
        }

        RubricForm.Level form() {
            return new RubricForm.Level(id, title.getValue(), description.getValue(), points.getValue());
        }

        HorizontalLayout render(CriterionRow criterion, int criterionNumber, int index) {
            int number = index + 1;
            title.setLabel(getTranslation("rubrics.level.title", criterionNumber, number));
            description.setLabel(getTranslation("rubrics.level.description", criterionNumber, number));
            points.setLabel(getTranslation("rubrics.level.points", criterionNumber, number));
            points.setWidth("7em");
            description.setWidthFull();
            var up =
                    iconButton(VaadinIcon.ARROW_UP, getTranslation("rubrics.level.up", criterionNumber, number), () -> {
                        move(criterion.levels, index, -1);
                        redraw();
                    });
            up.setEnabled(index > 0);
            var down = iconButton(
                    VaadinIcon.ARROW_DOWN, getTranslation("rubrics.level.down", criterionNumber, number), () -> {
                        move(criterion.levels, index, 1);
                        redraw();
                    });
            down.setEnabled(index < criterion.levels.size() - 1);
            var remove = iconButton(
                    VaadinIcon.CLOSE_SMALL, getTranslation("rubrics.level.remove", criterionNumber, number), () -> {
                        criterion.levels.remove(this);
                        redraw();
                    });
            var row = new HorizontalLayout(title, description, points, up, down, remove);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("rubric-level");
            return row;
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
