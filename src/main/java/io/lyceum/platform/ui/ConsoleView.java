package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.InvalidPlanException;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.OrganizationSummary;
import io.lyceum.platform.PlanUsage;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every organization at a glance, loaded page by page from the platform schema. */
@Route(value = "console", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleView extends Main implements HasDynamicTitle {

    final Grid<OrganizationSummary> organizations = new Grid<>();

    ConsoleView(OrganizationService service) {
        addClassName("page");
        // Staff on the base domain, where no organization sets the time zone: UTC, as the header says.
        var moments = new Moments(getLocale(), ZoneOffset.UTC);
        organizations
                .addColumn(OrganizationSummary::name)
                .setHeader(getTranslation("console.name"))
                .setKey("name")
                .setSortable(true);
        organizations
                .addColumn(OrganizationSummary::slug)
                .setHeader(getTranslation("console.slug"))
                .setKey("slug")
                .setSortable(true);
        organizations.addColumn(OrganizationSummary::planName).setHeader(getTranslation("console.plan"));
        organizations
                .addColumn(summary ->
                        getTranslation("console.status." + key(summary.status().name())))
                .setHeader(getTranslation("console.status"))
                .setKey("status")
                .setSortable(true);
        organizations
                .addColumn(OrganizationSummary::users)
                .setHeader(getTranslation("console.users"))
                .setKey("userCount")
                .setSortable(true);
        organizations
                .addColumn(summary -> moments.dateTime(summary.createdAt()))
                .setHeader(getTranslation("console.created"))
                .setKey("createdAt")
                .setSortable(true);
        organizations
                .addColumn(summary -> summary.migrationState() == null
                        ? "—"
                        : getTranslation("console.migration." + key(summary.migrationState())))
                .setHeader(getTranslation("console.migration"))
                .setTooltipGenerator(summary -> summary.migrationError() == null ? "" : summary.migrationError());
        organizations
                .addComponentColumn(summary -> {
                    var change =
                            new Button(getTranslation("console.change-plan"), click -> changePlan(service, summary));
                    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    change.setAriaLabel(getTranslation("console.change-plan.aria", summary.slug()));
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
        organizations.setEmptyStateText(getTranslation("console.empty"));
        add(new PageHeader(getTranslation("console.title"), getTranslation("console.lead")), organizations);
    }

    /** Billing off: staff assign plans. With Stripe, the subscription decides instead. */
    void changePlan(OrganizationService service, OrganizationSummary summary) {
        var dialog = new Dialog();
        DialogWidth.NARROW.apply(dialog);
        dialog.setHeaderTitle(getTranslation("console.plan-of", summary.name()));
        var plan = new Select<OrganizationService.PlanOption>();
        plan.setLabel(getTranslation("console.plan"));
        var options = service.plansFor(summary.slug());
        plan.setItems(options);
        plan.setItemLabelGenerator(OrganizationService.PlanOption::name);
        options.stream()
                .filter(option -> option.name().equals(summary.planName()))
                .findFirst()
                .ifPresent(plan::setValue);
        var save = new Button(getTranslation("console.save-plan"), click -> {
            if (plan.getValue() == null) {
                plan.setInvalid(true);
                plan.setErrorMessage(getTranslation("console.plan.required"));
                return;
            }
            try {
                service.changePlan(summary.slug(), plan.getValue().code());
            } catch (InvalidPlanException retired) {
                Toast.error(retired.getMessage());
                return;
            }
            dialog.close();
            organizations.getDataProvider().refreshAll();
            Toast.info(getTranslation(
                    "console.plan-changed", summary.name(), plan.getValue().name()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var overLimit = new Div();
        overLimit.addClassName("over-limit");
        overLimit.getElement().setAttribute("aria-live", "polite");
        plan.addValueChangeListener(change -> showOverLimit(service, summary, change.getValue(), overLimit));
        dialog.add(plan, overLimit);
        dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Before a downgrade: each limit the organization would exceed on the chosen plan, and what follows. */
    private void showOverLimit(
            OrganizationService service,
            OrganizationSummary summary,
            OrganizationService.@Nullable PlanOption option,
            Div overLimit) {
        overLimit.removeAll();
        if (option == null) {
            return;
        }
        List<PlanUsage> over = service.overLimitOn(summary.slug(), option.code());
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
