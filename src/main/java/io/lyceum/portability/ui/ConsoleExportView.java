package io.lyceum.portability.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.ui.ConsoleLayout;
import io.lyceum.portability.OrgTransfers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;

/** Staff export one organization (recorded in the platform's audit log) and download the zip. */
@Route(value = "console/orgs/:slug/export", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleExportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button export = new Button(VaadinIcon.DOWNLOAD.create());
    private final OrgTransfers transfers;
    private final OrganizationService organizations;
    private String slug = "";
    private JobList jobs;

    ConsoleExportView(OrgTransfers transfers, OrganizationService organizations) {
        this.transfers = transfers;
        this.organizations = organizations;
        addClassName("page");
        export.setText(getTranslation("portability.org.export"));
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> {
            transfers.export(slug);
            Toast.info(getTranslation("portability.org.export.started"));
            Polling.whileRunning(this, jobs);
        });
        jobs = new JobList(List::of, null, new Moments(getLocale(), ZoneOffset.UTC));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        var organization = organizations.findBySlug(slug).orElseThrow(NotFoundException::new);
        removeAll();
        jobs = new JobList(
                () -> transfers.exportsOf(slug),
                token -> transfers.zip(slug, token),
                new Moments(getLocale(), ZoneOffset.UTC));
        add(
                new PageHeader(
                        getTranslation("portability.console.export.title", organization.name()),
                        getTranslation("portability.console.export.lead")),
                export,
                jobs);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Polling.whileRunning(this, jobs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.console.export.title", slug);
    }
}
