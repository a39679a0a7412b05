package io.lyceum.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.Toast;
import io.lyceum.grading.CellChange;
import io.lyceum.grading.Gradebook;
import io.lyceum.grading.GradebookCell;
import io.lyceum.grading.GradebookItem;
import io.lyceum.grading.GradebookRefusedException;
import io.lyceum.grading.GradebookRow;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One gradebook cell: its history (who, when, old, new, why) and an override that needs a reason.
 * Saved against the version the cell was read at: a cell changed meanwhile is refused and shown anew.
 */
class CellDialog extends Dialog {

    final Paragraph current = new Paragraph();
    final Grid<CellChange> history = new Grid<>();
    final BigDecimalField grade = new BigDecimalField(getTranslation("gradebook.cell.grade"));
    final TextArea reason = new TextArea(getTranslation("gradebook.cell.reason"));
    final Button save = new Button(getTranslation("gradebook.cell.save"));
    final Button cancel = new Button(getTranslation("gradebook.cell.close"));

    private final Gradebook gradebook;
    private final long courseId;
    private final GradebookRow row;
    private final GradebookItem item;
    private final Function<@Nullable BigDecimal, String> percent;
    private final Runnable onSaved;
    private GradebookCell cell;

    CellDialog(
            Gradebook gradebook,
            long courseId,
            GradebookRow row,
            GradebookItem item,
            Function<@Nullable BigDecimal, String> percent,
            Runnable onSaved) {
        this.gradebook = gradebook;
        this.courseId = courseId;
        this.row = row;
        this.item = item;
        this.percent = percent;
        this.onSaved = onSaved;
        this.cell = row.cell(item.moduleId());
        DialogWidth.WIDE.apply(this);
        setHeaderTitle(getTranslation("gradebook.cell.title", row.name(), item.title()));
        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        history.addColumn(change -> moments.dateTime(change.changedAt()))
                .setHeader(getTranslation("gradebook.history.when"))
                .setAutoWidth(true);
        history.addColumn(change ->
                        change.changedBy() == null ? getTranslation("gradebook.history.nobody") : change.changedBy())
                .setHeader(getTranslation("gradebook.history.who"))
                .setAutoWidth(true);
        history.addColumn(change -> percent.apply(change.oldValue()))
                .setHeader(getTranslation("gradebook.history.old"))
                .setAutoWidth(true);
        history.addColumn(change -> percent.apply(change.newValue()))
                .setHeader(getTranslation("gradebook.history.new"))
                .setAutoWidth(true);
        history.addColumn(change -> change.reason().isBlank()
                        ? getTranslation("gradebook.history.source." + change.source())
                        : change.reason())
                .setHeader(getTranslation("gradebook.history.why"))
                .setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("gradebook.history.empty"));
        grade.setHelperText(getTranslation("gradebook.cell.grade.help"));
        grade.setSuffixComponent(new Span("%"));
        grade.setWidth("10rem");
        reason.setRequired(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(500);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> close());
        add(current, grade, reason, new H3(getTranslation("gradebook.history.title")), history);
        getFooter().add(cancel, save);
        refresh();
    }

    private void refresh() {
        current.setText(getTranslation("gradebook.cell.current", percent.apply(cell.percent())));
        grade.setValue(cell.overridden() ? cell.percent() : null);
        history.setItems(gradebook.history(item.moduleId(), row.userId()));
    }

    void save() {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("gradebook.cell.reason.required"));
            reason.focus();
            return;
        }
        try {
            cell = gradebook.override(
                    courseId, item.moduleId(), row.userId(), cell.version(), grade.getValue(), reason.getValue());
            reason.clear();
            reason.setInvalid(false);
            Toast.success(getTranslation("gradebook.cell.saved"));
            onSaved.run();
            refresh();
        } catch (GradebookRefusedException e) {
            if (e.conflict()) {
                cell = gradebook.cell(courseId, item.moduleId(), row.userId());
                Toast.error(e.getMessage());
                onSaved.run();
                refresh();
            } else {
                grade.setInvalid(true);
                grade.setErrorMessage(e.getMessage());
            }
        }
    }
}
