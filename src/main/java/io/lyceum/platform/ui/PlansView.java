package io.lyceum.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.InvalidPlanException;
import io.lyceum.platform.PlanCatalog;
import io.lyceum.platform.PlanEntry;
import io.lyceum.plugin.PluginRegistry;
import io.lyceum.plugin.PluginTexts;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Staff edit the plans: prices, limits, plugins and Stripe prices. A plan in use is retired, never
 * deleted; delete is offered only for a plan no organization is on.
 */
@Route(value = "console/plans", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class PlansView extends Main implements HasDynamicTitle {

    final Grid<PlanEntry> plans = new Grid<>();
    final Button create = new Button();

    private final PlanCatalog catalog;
    private final Function<String, String> pluginName;

    PlansView(PlanCatalog catalog, PluginRegistry registry, PluginTexts texts) {
        this.catalog = catalog;
        this.pluginName = id ->
                registry.find(id).map(plugin -> texts.name(plugin, getLocale())).orElse(id);
        addClassName("page");
        plans.addColumn(entry -> entry.form().name())
                .setHeader(getTranslation("plans.name"))
                .setKey("name");
        plans.addColumn(PlanEntry::code).setHeader(getTranslation("plans.code")).setKey("code");
        plans.addColumn(entry -> price(entry.form().monthlyPrice()))
                .setHeader(getTranslation("plans.monthly-price"))
                .setKey("monthly");
        plans.addColumn(entry -> price(entry.form().yearlyPrice()))
                .setHeader(getTranslation("plans.yearly-price"))
                .setKey("yearly");
        plans.addColumn(entry -> limit(entry.form().maxCourses()))
                .setHeader(getTranslation("plans.courses"))
                .setKey("courses");
        plans.addColumn(entry -> limit(entry.form().maxStudents()))
                .setHeader(getTranslation("plans.students"))
                .setKey("students");
        plans.addColumn(entry -> limit(entry.form().maxInstructors()))
                .setHeader(getTranslation("plans.instructors"))
                .setKey("instructors");
        plans.addColumn(entry -> limit(entry.form().storageMb()))
                .setHeader(getTranslation("plans.storage"))
                .setKey("storage");
        plans.addColumn(entry -> limit(entry.form().emailsPerMonth()))
                .setHeader(getTranslation("plans.emails"))
                .setKey("emails");
        plans.addColumn(entry -> getTranslation(
                        entry.form().ownSenderDomain()
                                ? "sender-domain.plans.column.yes"
                                : "sender-domain.plans.column.no"))
                .setHeader(getTranslation("sender-domain.plans.column"))
                .setKey("ownSenderDomain");
        plans.addColumn(entry ->
                        entry.form().plugins().stream().map(pluginName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("plans.plugins"))
                .setKey("plugins");
        plans.addColumn(entry -> orDash(entry.form().stripeMonthlyPrice()))
                .setHeader(getTranslation("plans.stripe-monthly"))
                .setKey("stripeMonthly");
        plans.addColumn(entry -> orDash(entry.form().stripeYearlyPrice()))
                .setHeader(getTranslation("plans.stripe-yearly"))
                .setKey("stripeYearly");
        plans.addColumn(entry -> getTranslation(entry.retired() ? "plans.retired.yes" : "plans.retired.no"))
                .setHeader(getTranslation("plans.retired"))
                .setKey("retired");
        plans.addColumn(PlanEntry::organizations)
                .setHeader(getTranslation("plans.organizations"))
                .setKey("organizations");
        plans.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        plans.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        plans.setColumnReorderingAllowed(true);
        // Each column as wide as its content, the name kept in view while the grid scrolls sideways.
        plans.getColumns().forEach(column -> column.setAutoWidth(true).setFlexGrow(0));
        plans.getColumns().getFirst().setFrozen(true);
        plans.setAllRowsVisible(true);

        create.setText(getTranslation("plans.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(null));
        add(new PageHeader(getTranslation("plans.title"), getTranslation("plans.lead")), create, plans);
        refresh();
    }

    private void refresh() {
        plans.setItems(catalog.plans());
    }

    private Component actions(PlanEntry entry) {
        var actions = new Div();
        actions.addClassName("row-actions");
        var edit = new Button(getTranslation("plans.edit"), click -> edit(entry));
        edit.setAriaLabel(getTranslation("plans.edit.aria", entry.code()));
        actions.add(edit);
        var retire =
                new Button(getTranslation(entry.retired() ? "plans.unretire" : "plans.retire"), click -> retire(entry));
        retire.setAriaLabel(
                getTranslation(entry.retired() ? "plans.unretire.aria" : "plans.retire.aria", entry.code()));
        actions.add(retire);
        // A plan in use is never deleted: the button is not even offered.
        if (!entry.inUse()) {
            var delete = new Button(getTranslation("plans.delete"), click -> delete(entry));
            delete.setAriaLabel(getTranslation("plans.delete.aria", entry.code()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        actions.getChildren()
                .map(Button.class::cast)
                .forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        return actions;
    }

    /** Opens the plan dialog: for a new plan when {@code entry} is null. */
    PlanDialog edit(@Nullable PlanEntry entry) {
        var dialog = new PlanDialog(entry, catalog.pluginIds(), pluginName, (code, form) -> {
            if (entry == null) {
                catalog.create(code, form);
                Toast.success(getTranslation("plans.created", form.name()));
            } else {
                catalog.update(entry.code(), entry.version(), form);
                Toast.success(getTranslation("plans.saved", form.name()));
            }
            refresh();
        });
        dialog.open();
        return dialog;
    }

    ConfirmDialog retire(PlanEntry entry) {
        boolean retiring = !entry.retired();
        String name = entry.form().name();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(retiring ? "plans.retire.title" : "plans.unretire.title", name));
        dialog.setText(
                retiring
                        ? getTranslation("plans.retire.text", name, entry.organizations())
                        : getTranslation("plans.unretire.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plans.cancel"));
        dialog.setConfirmText(getTranslation(retiring ? "plans.retire.confirm" : "plans.unretire.confirm"));
        dialog.addConfirmListener(confirm -> act(() -> {
            catalog.retire(entry.code(), entry.version(), retiring);
            Toast.success(getTranslation(retiring ? "plans.retired-done" : "plans.unretired-done", name));
        }));
        dialog.open();
        return dialog;
    }

    ConfirmDialog delete(PlanEntry entry) {
        String name = entry.form().name();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plans.delete.title", name));
        dialog.setText(getTranslation("plans.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plans.cancel"));
        dialog.setConfirmText(getTranslation("plans.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> act(() -> {
            catalog.delete(entry.code(), entry.version());
            Toast.success(getTranslation("plans.deleted", name));
        }));
        dialog.open();
        return dialog;
    }

    /** Runs a change, says the catalog's refusal if there is one, and shows the plans as they now are. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidPlanException refused) {
            Toast.error(refused.getMessage());
        }
        refresh();
    }

    /** "29.00": the column header says the currency; German writes "29,00". */
    private String price(BigDecimal dollars) {
        return getTranslation("plans.price", dollars);
    }

    private String limit(@Nullable Integer limit) {
        return limit == null ? getTranslation("plans.unlimited") : getTranslation("plans.count", limit);
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.page-title");
    }
}
