package io.lyceum.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in for an organization's members on its host, and for platform staff on the base domain. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    /** The organization's logo, when it has one. */
    final Image logo = new Image();
    /** The organization's welcome to its members (plain text from its branding page), when it wrote one. */
    final Paragraph welcome = new Paragraph();

    final LoginForm form = new LoginForm();
    private String errorMessage = "";

    LoginView() {
        addClassName("login-view");
        var org = TenantContext.current();
        title.setText(org.map(Tenant::name).orElse(getTranslation("login.staff-title")));
        form.setI18n(i18n(getTranslation("login.incorrect")));
        form.setAction("login");
        // Members set a new password through a link by mail; platform staff have no such link.
        form.setForgotPasswordButtonVisible(org.isPresent());
        form.addForgotPasswordListener(
                forgot -> forgot.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        logo.addClassName("login-logo");
        // The heading next to it names the organization: the logo is decoration for assistive technology.
        logo.setAlt("");
        String logoPath = org.map(Tenant::logoPath).orElse(null);
        logo.setVisible(logoPath != null);
        if (logoPath != null) {
            logo.setSrc(logoPath);
        }
        String welcomeText = org.map(Tenant::welcomeText).orElse(null);
        welcome.addClassName("login-welcome");
        // Text, never markup: setText escapes it.
        welcome.setText(welcomeText == null ? "" : welcomeText);
        welcome.setVisible(welcomeText != null);
        add(logo, title, welcome, form);
        if (org.isEmpty()) {
            add(new Paragraph(new Anchor("/", getTranslation("login.back"))));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // Locked: the throttle's words, worded when read; disabled: a deactivated member who gave
            // the right password.
            errorMessage = last instanceof LockedException locked
                    ? locked.getMessage()
                    : last instanceof DisabledException
                            ? getTranslation("login.deactivated")
                            : getTranslation("login.incorrect");
            form.setI18n(i18n(errorMessage));
            form.setError(true);
        }
    }

    /** The error the form shows after a failed sign-in; empty before one. */
    String errorMessage() {
        return errorMessage;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    private LoginI18n i18n(String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.email"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("reset.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
