package io.lyceum.portability.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.portability.MemberData;
import io.lyceum.portability.OrgTransfers;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organization's data: export everything as a zip (in the background, with progress; the zip is
 * kept for a while for the admins to download), and how erased members' certificates verify.
 */
@Route(value = "admin/data", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class OrgDataView extends Main implements HasDynamicTitle {

    final Button export = new Button(VaadinIcon.DOWNLOAD.create());
    final RadioButtonGroup<MemberData.CertificateNames> certificateNames = new RadioButtonGroup<>();
    final JobList jobs;

    OrgDataView(OrgTransfers transfers, MemberData members) {
        addClassName("page");
        var tenant = TenantContext.require();
        jobs = new JobList(
                () -> TenantContext.callAs(tenant, transfers::exportsOfOwn),
                token -> TenantContext.callAs(tenant, () -> transfers.zipOfOwn(token)),
                new Moments(getLocale(), tenant.timeZone()));
        export.setText(getTranslation("portability.org.export"));
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> {
            transfers.exportOwn();
            Toast.info(getTranslation("portability.org.export.started"));
            Polling.whileRunning(this, jobs);
        });
        certificateNames.setLabel(getTranslation("portability.certificate-names"));
        certificateNames.setItems(MemberData.CertificateNames.values());
        certificateNames.setItemLabelGenerator(names ->
                getTranslation("portability.certificate-names." + names.name().toLowerCase()));
        certificateNames.setValue(members.certificateNames());
        certificateNames.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                members.certificateNames(change.getValue());
                Toast.success(getTranslation("portability.certificate-names.saved"));
            }
        });
        add(
                new PageHeader(getTranslation("portability.org.title"), getTranslation("portability.org.lead")),
                export,
                new H2(getTranslation("portability.org.exports")),
                jobs,
                new H2(getTranslation("portability.rights.title")),
                new Paragraph(getTranslation("portability.rights.lead")),
                certificateNames);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Polling.whileRunning(this, jobs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.org.title");
    }
}
