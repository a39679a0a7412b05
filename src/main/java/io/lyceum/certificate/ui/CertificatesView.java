package io.lyceum.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateStatus;
import io.lyceum.certificate.CertificateSummary;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every certificate the organization issued (lazy, filtered by course and completion date) and
 * those expiring within 30 days; download, revoke with a reason, reissue.
 */
@Route(value = "admin/certificates", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
@PluginView("certificates")
class CertificatesView extends Main implements HasDynamicTitle {

    final Tab all = new Tab(getTranslation("certificates.tab.all"));
    final Tab expiring = new Tab(getTranslation("certificates.tab.expiring", CertificateService.EXPIRING_WITHIN_DAYS));
    final Tabs tabs = new Tabs(all, expiring);
    final ComboBox<CertificateService.CourseOption> course = new ComboBox<>(getTranslation("certificates.course"));
    final DatePicker from = new DatePicker(getTranslation("certificates.completed-from"));
    final DatePicker to = new DatePicker(getTranslation("certificates.completed-until"));
    final Grid<CertificateSummary> grid = new Grid<>();
    private final CertificateService certificates;

    CertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("page");
        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        String none = getTranslation("certificates.none");
        var design = new Button(
                getTranslation("certificates.design"),
                VaadinIcon.PALETTE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CertificateDesignView.class)));
        course.setItems(certificates.courses());
        course.setItemLabelGenerator(CertificateService.CourseOption::title);
        course.setClearButtonVisible(true);
        course.setPlaceholder(getTranslation("certificates.all-courses"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        course.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(course, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tabs.addSelectedChangeListener(change -> {
            filters.setVisible(tabs.getSelectedTab() == all);
            grid.getDataProvider().refreshAll();
        });

        grid.addColumn(CertificateSummary::number)
                .setHeader(getTranslation("certificates.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CertificateSummary::holderName)
                .setHeader(getTranslation("certificates.column.holder"))
                .setFlexGrow(2);
        grid.addColumn(CertificateSummary::courseTitle)
                .setHeader(getTranslation("certificates.column.course"))
                .setFlexGrow(2);
        grid.addColumn(row -> moments.date(row.completedOn()))
                .setHeader(getTranslation("certificates.column.completed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.expiresOn() == null ? none : moments.date(row.expiresOn()))
                .setHeader(getTranslation("certificates.column.expires"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    var status = MyCertificatesView.badge(row.status());
                    if (row.revokedReason() != null) {
                        status.setTitle(row.revokedReason());
                    }
                    return status;
                })
                .setHeader(getTranslation("certificates.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("certificates.empty"));
        grid.setItems(query -> {
            var page = PageRequest.of(query.getPage(), query.getPageSize());
            return tabs.getSelectedTab() == expiring
                    ? certificates.expiringSoon(page.withSort(Sort.by("expiresOn"))).stream()
                    : certificates
                            .search(
                                    course.getValue() == null
                                            ? null
                                            : course.getValue().id(),
                                    from.getValue(),
                                    to.getValue(),
                                    page.withSort(Sort.by(Sort.Direction.DESC, "issuedAt")))
                            .stream();
        });

        add(
                new PageHeader(getTranslation("certificates.title"), getTranslation("certificates.lead")),
                design,
                tabs,
                filters,
                grid);
    }

    private MenuBar actions(CertificateSummary row) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(getTranslation("certificates.manage"));
        item.setAriaLabel(getTranslation("certificates.manage.aria", row.number()));
        var download = new Anchor(row.pdfPath(), getTranslation("certificates.download"));
        download.getElement().setAttribute("download", true);
        item.getSubMenu().addItem(download);
        if (row.status() != CertificateStatus.REVOKED) {
            item.getSubMenu().addItem(getTranslation("certificates.revoke-menu"), click -> askRevoke(row));
            item.getSubMenu().addItem(getTranslation("certificates.reissue-menu"), click -> confirmReissue(row));
        }
        return menu;
    }

    void askRevoke(CertificateSummary row) {
        var reason = new TextArea(getTranslation("certificates.revoke.reason"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("certificates.revoke.title", row.number()));
        dialog.add(new Span(getTranslation("certificates.revoke.text")), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("certificates.cancel"));
        dialog.setConfirmText(getTranslation("certificates.revoke.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> {
            try {
                certificates.revoke(row.id(), reason.getValue());
                Toast.info(getTranslation("certificates.revoked", row.number()));
                grid.getDataProvider().refreshAll();
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> error(violation.getMessage()));
            } catch (IllegalArgumentException e) {
                error(e.getMessage());
            }
        });
        dialog.open();
    }

    private static void error(String message) {
        Toast.error(message);
    }

    void confirmReissue(CertificateSummary row) {
        var dialog = new ConfirmDialog(
                getTranslation("certificates.reissue.title", row.number()),
                getTranslation("certificates.reissue.text"),
                getTranslation("certificates.reissue.confirm"),
                confirm -> {
                    try {
                        var issued = certificates.reissue(row.id());
                        Toast.success(getTranslation("certificates.reissued", issued.number()));
                        grid.getDataProvider().refreshAll();
                    } catch (IllegalArgumentException e) {
                        Toast.error(e.getMessage());
                    } catch (DataIntegrityViolationException e) {
                        Toast.error(getTranslation("certificates.reissue.raced"));
                        grid.getDataProvider().refreshAll();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("certificates.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.page-title");
    }
}
