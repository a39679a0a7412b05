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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.Counted;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateStatus;
import io.lyceum.certificate.CertificateSummary;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every certificate the organization issued (lazy, filtered by course and completion date) and
 * those expiring within 30 days; download, revoke with a reason, reissue.
 */
@Route(value = "admin/certificates", layout = OrgLayout.class)
@PageTitle("Certificates")
@RolesAllowed(Roles.ADMIN)
@PluginView("certificates")
class CertificatesView extends Main {

    final Tab all = new Tab("All certificates");
    final Tab expiring = new Tab("Expiring in " + Counted.DAYS.of(CertificateService.EXPIRING_WITHIN_DAYS));
    final Tabs tabs = new Tabs(all, expiring);
    final ComboBox<CertificateService.CourseOption> course = new ComboBox<>("Course");
    final DatePicker from = new DatePicker("Completed from");
    final DatePicker to = new DatePicker("Completed until");
    final Grid<CertificateSummary> grid = new Grid<>();
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final CertificateService certificates;

    CertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("page");
        var design = new Button(
                "Design and wording",
                VaadinIcon.PALETTE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CertificateDesignView.class)));
        course.setItems(certificates.courses());
        course.setItemLabelGenerator(CertificateService.CourseOption::title);
        course.setClearButtonVisible(true);
        course.setPlaceholder("All courses");
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
                .setHeader("Number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CertificateSummary::holderName).setHeader("Holder").setFlexGrow(2);
        grid.addColumn(CertificateSummary::courseTitle).setHeader("Course").setFlexGrow(2);
        grid.addColumn(row -> SHORT_DATE.format(row.completedOn()))
                .setHeader("Completed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.expiresOn() == null ? "—" : SHORT_DATE.format(row.expiresOn()))
                .setHeader("Expires")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    var status = MyCertificatesView.badge(row.status());
                    if (row.revokedReason() != null) {
                        status.setTitle(row.revokedReason());
                    }
                    return status;
                })
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText("No certificates yet. A learner's certificate is issued when they complete a course.");
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
                new PageHeader("Certificates", "Certificates of completion issued to your learners."),
                design,
                tabs,
                filters,
                grid);
    }

    private MenuBar actions(CertificateSummary row) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem("Manage");
        item.setAriaLabel("Manage certificate " + row.number());
        var download = new Anchor(row.pdfPath(), "Download PDF");
        download.getElement().setAttribute("download", true);
        item.getSubMenu().addItem(download);
        if (row.status() != CertificateStatus.REVOKED) {
            item.getSubMenu().addItem("Revoke…", click -> askRevoke(row));
            item.getSubMenu().addItem("Reissue…", click -> confirmReissue(row));
        }
        return menu;
    }

    void askRevoke(CertificateSummary row) {
        var reason = new TextArea("Reason");
        reason.setMaxLength(300);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var dialog = new ConfirmDialog();
        dialog.setHeader("Revoke certificate " + row.number() + "?");
        dialog.add(new Span("Verification will show it as revoked. The reason stays with your records."), reason);
        dialog.setCancelable(true);
        dialog.setConfirmText("Revoke");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> {
            try {
                certificates.revoke(row.id(), reason.getValue());
                Toast.info("Certificate " + row.number() + " revoked");
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
                "Reissue certificate " + row.number() + "?",
                "A new certificate is issued for the same completion, with the learner's current name and your "
                        + "current design and wording. This one is revoked as replaced.",
                "Reissue",
                confirm -> {
                    try {
                        var issued = certificates.reissue(row.id());
                        Toast.success("Issued certificate " + issued.number());
                        grid.getDataProvider().refreshAll();
                    } catch (IllegalArgumentException e) {
                        Toast.error(e.getMessage());
                    } catch (DataIntegrityViolationException e) {
                        Toast.error("Someone reissued this certificate meanwhile.");
                        grid.getDataProvider().refreshAll();
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }
}
