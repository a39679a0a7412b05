package io.lyceum.certificate.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;

/** Certificates issued by the organization. */
@Route(value = "admin/certificates", layout = OrgLayout.class)
@PageTitle("Certificates")
@RolesAllowed(Roles.ADMIN)
@PluginView("certificates")
class CertificatesView extends Main {

    CertificatesView() {
        addClassName("page");
        add(new PageHeader("Certificates", "Certificates of completion issued to your learners."),
                new EmptyState("No certificates issued yet",
                        "When a learner completes a course, their certificate appears here, ready to download "
                                + "and verify."));
    }
}
