package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.InvalidPlanException;
import io.lyceum.platform.OrganizationConsole;
import io.lyceum.platform.OrganizationFilter;
import io.lyceum.platform.OrganizationOverview;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.OrganizationStatistics;
import io.lyceum.platform.PlanUsage;
import io.lyceum.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * Every organization at a glance, loaded page by page from the platform schema: plan, status, the
 * figures the statistics job counted, schema size, last activity, migration version and state; search
 * and filters in SQL. A row (or its name) leads to the organization's page.
 */
@Route(value = "console", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleView extends Main implements HasDynamicTitle {

    /** The organization page's address (the console module's view). */
    static final String ORGANIZATION_PAGE = "console/orgs/";

    /** The migration states a filter may name; NONE: never recorded. */
    static final List<String> MIGRATION_STATES = List.of("SUCCEEDED", "FAILED", "NONE");

    final Grid<OrganizationOverview> organizations = new Grid<>();
    final TextField search = new TextField();
    final Select<OrganizationService.PlanOption> plan = new Select<>();
    final Select<TenantStatus> status = new Select<>();
    final Select<String> migration = new Select<>();
    final Button refresh = new Button();
    private final Grid.Column<OrganizationOverview> changePlanColumn;

    ConsoleView(OrganizationService service, OrganizationConsole console, OrganizationStatistics statistics) {
        addClassName("page");
        // Staff on the base domain, where no organization sets the time zone: UTC, as the header says.
        var moments = new Moments(getLocale(), ZoneOffset.UTC);
        organizations
                .addComponentColumn(row -> {
                    var link = new Anchor(ORGANIZATION_PAGE + row.slug(), row.name());
                    link.getElement().setAttribute("router-link", true);
                    return link;
                })
                .setHeader(getTranslation("console.name"))
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        organizations
                .addColumn(OrganizationOverview::slug)
                .setHeader(getTranslation("console.slug"))
                .setKey("slug")
                .setSortable(true);
        organizations
                .addColumn(OrganizationOverview::planName)
                .setHeader(getTranslation("console.plan"))
                .setKey("plan")
                .setSortable(true);
        organizations
                .addColumn(row ->
                        getTranslation("console.status." + key(row.status().name())))
                .setHeader(getTranslation("console.status"))
                .setKey("status")
                .setSortable(true);
        organizations
                .addColumn(OrganizationOverview::users)
                .setHeader(getTranslation("console.users"))
                .setKey("users")
                .setSortable(true);
        organizations
                .addColumn(OrganizationOverview::courses)
                .setHeader(getTranslation("console.courses"))
                .setKey("courses")
                .setSortable(true);
        organizations
                .addColumn(row -> Sizes.format(this, row.storageBytes()))
                .setHeader(getTranslation("console.storage"))
                .setKey("storage")
                .setSortable(true);
        organizations
                .addColumn(row -> Sizes.format(this, row.schemaBytes()))
                .setHeader(getTranslation("console.schema-size"))
                .setKey("schema")
                .setSortable(true);
        organizations
                .addColumn(row -> row.lastActivity() == null ? "—" : moments.dateTime(row.lastActivity()))
                .setHeader(getTranslation("console.last-activity"))
                .setKey("activity")
                .setSortable(true);
        organizations
                .addColumn(row -> moments.dateTime(row.createdAt()))
                .setHeader(getTranslation("console.created"))
                .setKey("createdAt")
                .setSortable(true);
        organizations
                .addColumn(row -> row.migrationVersion() == null ? "—" : row.migrationVersion())
                .setHeader(getTranslation("console.migration-version"))
                .setKey("version")
                .setSortable(true);
        organizations
                .addColumn(row -> row.migrationState() == null
                        ? "—"
                        : getTranslation("console.migration." + key(row.migrationState())))
                .setHeader(getTranslation("console.migration"))
                .setKey("migration")
                .setTooltipGenerator(row -> row.migrationError() == null ? "" : row.migrationError());
        changePlanColumn = organizations
                .addComponentColumn(row -> {
                    var change = new Button(getTranslation("console.change-plan"), click -> changePlan(service, row));
                    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    change.setAriaLabel(getTranslation("console.change-plan.aria", row.slug()));
                    return change;
                })
                .setHeader("")
                .setWidth("9rem")
                .setFlexGrow(0);
        organizations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        organizations.setItems(
                query -> {
                    Sort sort = Sort.by(query.getSortOrders().stream()
                            .map(order -> order.getDirection() == SortDirection.ASCENDING
                                    ? Sort.Order.asc(order.getSorted())
                                    : Sort.Order.desc(order.getSorted()))
                            .toList());
                    return console.page(filter(), sort, query.getOffset(), query.getLimit()).stream();
                },
                query -> console.count(filter()));
        organizations.addItemClickListener(click -> {
            if (click.getColumn() != changePlanColumn) {
                getUI().ifPresent(ui ->
                        ui.navigate(ORGANIZATION_PAGE + click.getItem().slug()));
            }
        });
        organizations.setEmptyStateText(getTranslation("console.empty"));

        search.setLabel(getTranslation("console.search"));
        search.setPlaceholder(getTranslation("console.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        plan.setLabel(getTranslation("console.plan"));
        plan.setItems(service.plans());
        plan.setItemLabelGenerator(option -> option == null ? getTranslation("console.filter.all") : option.name());
        plan.setEmptySelectionAllowed(true);
        plan.setEmptySelectionCaption(getTranslation("console.filter.all"));
        status.setLabel(getTranslation("console.status"));
        status.setItems(TenantStatus.values());
        status.setItemLabelGenerator(value -> value == null
                ? getTranslation("console.filter.all")
                : getTranslation("console.status." + key(value.name())));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("console.filter.all"));
        migration.setLabel(getTranslation("console.migration"));
        migration.setItems(MIGRATION_STATES);
        migration.setItemLabelGenerator(value -> value == null
                ? getTranslation("console.filter.all")
                : getTranslation("console.migration." + key(value)));
        migration.setEmptySelectionAllowed(true);
        migration.setEmptySelectionCaption(getTranslation("console.filter.all"));
        search.addValueChangeListener(change -> organizations.getDataProvider().refreshAll());
        plan.addValueChangeListener(change -> organizations.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> organizations.getDataProvider().refreshAll());
        migration.addValueChangeListener(
                change -> organizations.getDataProvider().refreshAll());

        refresh.setText(getTranslation("console.refresh-figures"));
        refresh.addClickListener(click -> {
            if (statistics.refreshNow()) {
                organizations.getDataProvider().refreshAll();
                Toast.success(getTranslation("console.figures-refreshed"));
            } else {
                Toast.info(getTranslation("console.figures-busy"));
            }
        });
        var filters = new HorizontalLayout(search, plan, status, migration, refresh);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new PageHeader(getTranslation("console.title"), getTranslation("console.lead")), filters, organizations);
    }

    OrganizationFilter filter() {
        var chosenPlan = plan.getValue();
        return new OrganizationFilter(
                search.getValue(),
                chosenPlan == null ? null : chosenPlan.code(),
                status.getValue(),
                migration.getValue());
    }

    /** Billing off: staff assign plans. With Stripe, the subscription decides instead. */
    void changePlan(OrganizationService service, OrganizationOverview row) {
        var dialog = new Dialog();
        DialogWidth.NARROW.apply(dialog);
        dialog.setHeaderTitle(getTranslation("console.plan-of", row.name()));
        var plan = new Select<OrganizationService.PlanOption>();
        plan.setLabel(getTranslation("console.plan"));
        var options = service.plansFor(row.slug());
        plan.setItems(options);
        plan.setItemLabelGenerator(OrganizationService.PlanOption::name);
        options.stream()
                .filter(option -> option.code().equals(row.planCode()))
                .findFirst()
                .ifPresent(plan::setValue);
        var save = new Button(getTranslation("console.save-plan"), click -> {
            if (plan.getValue() == null) {
                plan.setInvalid(true);
                plan.setErrorMessage(getTranslation("console.plan.required"));
                return;
            }
            try {
                service.changePlan(row.slug(), plan.getValue().code());
            } catch (InvalidPlanException retired) {
                Toast.error(retired.getMessage());
                return;
            }
            dialog.close();
            organizations.getDataProvider().refreshAll();
            Toast.info(getTranslation(
                    "console.plan-changed", row.name(), plan.getValue().name()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var overLimit = new Div();
        overLimit.addClassName("over-limit");
        overLimit.getElement().setAttribute("aria-live", "polite");
        plan.addValueChangeListener(change -> showOverLimit(service, row, change.getValue(), overLimit));
        dialog.add(plan, overLimit);
        dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Before a downgrade: each limit the organization would exceed on the chosen plan, and what follows. */
    private void showOverLimit(
            OrganizationService service,
            OrganizationOverview row,
            OrganizationService.@Nullable PlanOption option,
            Div overLimit) {
        overLimit.removeAll();
        if (option == null) {
            return;
        }
        List<PlanUsage> over = service.overLimitOn(row.slug(), option.code());
        if (over.isEmpty()) {
            return;
        }
        overLimit.add(
                new Paragraph(getTranslation("console.over-limit", option.name())),
                new OverLimitList(over, option.name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.page-title");
    }

    /** A constant's part of a message key: MIGRATION_FAILED → migration-failed. */
    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
