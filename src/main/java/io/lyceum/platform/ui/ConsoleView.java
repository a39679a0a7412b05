package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.OrganizationSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every organization at a glance, loaded page by page from the platform schema. */
@Route(value = "console", layout = ConsoleLayout.class)
@PageTitle("Organizations · Lyceum console")
@RolesAllowed(Roles.STAFF)
class ConsoleView extends Main {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Grid<OrganizationSummary> organizations = new Grid<>();

    ConsoleView(OrganizationService service) {
        addClassName("page");
        organizations
                .addColumn(OrganizationSummary::name)
                .setHeader("Name")
                .setKey("name")
                .setSortable(true);
        organizations
                .addColumn(OrganizationSummary::slug)
                .setHeader("Slug")
                .setKey("slug")
                .setSortable(true);
        organizations.addColumn(OrganizationSummary::planName).setHeader("Plan");
        organizations
                .addColumn(OrganizationSummary::status)
                .setHeader("Status")
                .setKey("status")
                .setSortable(true);
        organizations
                .addColumn(OrganizationSummary::users)
                .setHeader("Users")
                .setKey("userCount")
                .setSortable(true);
        organizations
                .addColumn(summary -> DATE.format(summary.createdAt()))
                .setHeader("Created")
                .setKey("createdAt")
                .setSortable(true);
        organizations
                .addColumn(summary -> summary.migrationState() == null ? "—" : summary.migrationState())
                .setHeader("Migration")
                .setTooltipGenerator(summary -> summary.migrationError() == null ? "" : summary.migrationError());
        organizations
                .addComponentColumn(summary -> {
                    var change = new Button("Change plan…", click -> changePlan(service, summary));
                    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    change.setAriaLabel("Change plan of " + summary.slug());
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
                    return service
                            .page(PageRequest.of(
                                    query.getPage(),
                                    query.getPageSize(),
                                    sort.isUnsorted() ? Sort.by("createdAt").descending() : sort))
                            .stream();
                },
                query -> (int) service.count());
        organizations.setEmptyStateText("No organization has signed up yet.");
        add(
                new PageHeader("Organizations", "Plan, usage, status and migration state of every organization."),
                organizations);
    }

    /** Billing off: staff assign plans. With Stripe, the subscription decides instead. */
    void changePlan(OrganizationService service, OrganizationSummary summary) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Plan of " + summary.name());
        var plan = new Select<OrganizationService.PlanOption>();
        plan.setLabel("Plan");
        var options = service.plans();
        plan.setItems(options);
        plan.setItemLabelGenerator(OrganizationService.PlanOption::name);
        options.stream()
                .filter(option -> option.name().equals(summary.planName()))
                .findFirst()
                .ifPresent(plan::setValue);
        var save = new Button("Save plan", click -> {
            if (plan.getValue() == null) {
                plan.setInvalid(true);
                plan.setErrorMessage("Choose a plan");
                return;
            }
            service.changePlan(summary.slug(), plan.getValue().code());
            dialog.close();
            organizations.getDataProvider().refreshAll();
            Toast.info(summary.name() + " is now on the " + plan.getValue().name() + " plan");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(plan);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}
