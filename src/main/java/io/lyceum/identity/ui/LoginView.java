package io.lyceum.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in for an organization's members on its host, and for platform staff on the base domain. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Lyceum")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final H1 title = new H1();
    final LoginForm form = new LoginForm();
    private String errorMessage = "";

    LoginView() {
        addClassName("login-view");
        var org = TenantContext.current();
        title.setText(org.map(Tenant::name).orElse("Lyceum staff console"));
        form.setI18n(i18n("Incorrect email or password."));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(title, form);
        if (org.isEmpty()) {
            add(new Paragraph(new Anchor("/", "Back to Lyceum")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            errorMessage =
                    last instanceof LockedException locked ? locked.getMessage() : "Incorrect email or password.";
            form.setI18n(i18n(errorMessage));
            form.setError(true);
        }
    }

    /** The error the form shows after a failed sign-in; empty before one. */
    String errorMessage() {
        return errorMessage;
    }

    private static LoginI18n i18n(String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
