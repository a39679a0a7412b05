package io.lyceum.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditTrail;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.i18n.Translations;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The organization's audit log for its admins: who did what, when and from where — sign-ins, role
 * changes, deletions, exports, and every page platform staff opened in support mode — filtered by
 * words, action and dates, newest first, paged in SQL, exportable as CSV.
 */
@Route(value = "admin/audit", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export = new Anchor();

    private final AuditTrail trail;
    private final Translations translations;
    private final Tenant tenant;
    private final Moments moments;
    private final CallbackDataProvider<AuditEntry, Void> entries;

    AuditLogView(AuditTrail trail, Translations translations) {
        this.trail = trail;
        this.translations = translations;
        this.tenant = TenantContext.require();
        this.moments = new Moments(getLocale(), tenant.timeZone());
        addClassName("page");
        add(new PageHeader(getTranslation("audit.title"), getTranslation("audit.lead")));

        search.setLabel(getTranslation("audit.search"));
        search.setPlaceholder(getTranslation("audit.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(trail.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());

        grid.addColumn(entry -> moments.dateTime(entry.occurredAt()))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actor)
                .setHeader(getTranslation("audit.actor"))
                .setFlexGrow(2);
        grid.addColumn(entry -> actionLabel(entry.action()))
                .setHeader(getTranslation("audit.action"))
                .setFlexGrow(1);
        grid.addColumn(entry -> entry.target() == null ? "" : entry.target())
                .setHeader(getTranslation("audit.target"))
                .setFlexGrow(2)
                .setTooltipGenerator(entry -> entry.target() == null ? "" : entry.target());
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2)
                .setTooltipGenerator(entry -> entry.detail() == null ? "" : entry.detail());
        grid.addColumn(entry -> entry.address() == null ? "" : entry.address())
                .setHeader(getTranslation("audit.address"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setHeight("36rem");
        entries = new CallbackDataProvider<>(
                query -> trail.search(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> trail.count(filter()));
        grid.setItems(entries);

        export.setText(getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setHref((DownloadHandler) download -> {
            download.setFileName("audit-log-" + tenant.slug() + ".csv");
            download.setContentType("text/csv");
            AuditFilter current = filter();
            TenantContext.runAs(tenant, () -> trail.exportCsv(current, download.getOutputStream()));
        });

        search.addValueChangeListener(change -> entries.refreshAll());
        action.addValueChangeListener(change -> entries.refreshAll());
        from.addValueChangeListener(change -> entries.refreshAll());
        to.addValueChangeListener(change -> entries.refreshAll());

        var filters = new HorizontalLayout(search, action, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    /** The filter as set: dates are whole days in the organization's zone, "to" included. */
    AuditFilter filter() {
        return new AuditFilter(
                search.getValue(), action.getValue(), startOf(from.getValue()), startOf(nextDay(to.getValue())), null);
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(tenant.timeZone()).toInstant();
    }

    private static @Nullable LocalDate nextDay(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    private String actionLabel(String key) {
        // An action without a label (a plugin's own) shows its key rather than a missing-key marker.
        return translations.find("audit.action." + key, getLocale()).orElse(key);
    }

    private Component actor(AuditEntry entry) {
        String name = entry.actor().isEmpty() ? getTranslation("audit.actor.unknown") : entry.actor();
        var text = new Span(name);
        if (entry.actorKind() == AuditActor.Kind.MEMBER) {
            return text;
        }
        var badge = new Badge(
                getTranslation("audit.actor-kind." + entry.actorKind().name().toLowerCase(Locale.ROOT)),
                entry.actorKind() == AuditActor.Kind.STAFF ? Badge.Tone.PRIMARY : Badge.Tone.NEUTRAL);
        var both = new HorizontalLayout(badge, text);
        both.setSpacing(true);
        both.setPadding(false);
        return both;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
