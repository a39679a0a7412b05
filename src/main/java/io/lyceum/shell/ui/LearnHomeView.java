package io.lyceum.shell.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.CurrentUser;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantPage;

/** A student's home: their courses. Filled in by the learning work; until then, what to expect. */
@Route(value = TenantPage.HOME_PATH, layout = OrgLayout.class)
@PageTitle("My learning")
@PermitAll
class LearnHomeView extends Main {

    LearnHomeView(CurrentUser currentUser) {
        addClassName("page");
        add(new PageHeader("Welcome, " + currentUser.require().displayName(),
                "Your courses, your progress and your certificates."));
        add(new EmptyState("You're not enrolled in any course yet",
                "When your organization enrols you in a course, or you enrol yourself from the catalog, "
                        + "it appears here with your progress."));
    }
}
