package io.lyceum.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.PasswordPolicy;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantPage;
import jakarta.validation.ConstraintViolationException;

/**
 * Where a link to set a password leads (an invitation, or a link to set a new one): the member
 * chooses a password, once; then they sign in (a back-off from failed attempts on the account is
 * lifted, and their other sessions end). A link that can no longer be used (used, expired,
 * replaced, unknown) says so on arrival, the same words for each, with the ways on instead of the
 * form; looking does not spend the link. Both kinds are the same single-use token: the page is only
 * worded for who arrives ({@code words}: the prefix of its message keys).
 */
abstract class PasswordLinkView extends Main implements BeforeEnterObserver, TenantPage, HasDynamicTitle {

    final PasswordField password;
    final Button save;
    /** The password rules of {@link NewUser}, checked before the service checks them again. */
    final BeanValidationBinder<NewUser> passwordRules = new BeanValidationBinder<>(NewUser.class);

    final Div form;
    final Div notValid;

    private final UserService users;
    private final String words;
    private String token = "";

    PasswordLinkView(UserService users, String words, Component... waysOn) {
        this.users = users;
        this.words = words;
        addClassName("login-view");
        password = new PasswordField(getTranslation(words + ".password"));
        save = new Button(getTranslation(words + ".save"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        passwordRules.forField(password).bind("password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> accept());
        form = new Div(new Paragraph(getTranslation(words + ".lead")), password, save);
        notValid = new Div(
                new H2(getTranslation(words + ".not-valid.title")),
                new Paragraph(getTranslation(words + ".not-valid.text")));
        notValid.add(waysOn);
        notValid.add(new Paragraph(new RouterLink(getTranslation(words + ".sign-in"), LoginView.class)));
        add(new H1(
                TenantContext.current().map(tenant -> tenant.name()).orElseGet(() -> getTranslation("public.brand"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(words + ".page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(users.invitationUsable(token));
    }

    /** The form for a usable link, else the notice: only one of them is on the page. */
    private void show(boolean usable) {
        form.removeFromParent();
        notValid.removeFromParent();
        add(usable ? form : notValid);
    }

    void accept() {
        if (!passwordRules.validate().isOk()) {
            return;
        }
        try {
            var request = VaadinRequest.getCurrent();
            users.acceptInvitation(token, password.getValue(), request == null ? null : request.getRemoteAddr());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (ConstraintViolationException e) {
            // The password is the one thing this page sends that can be refused.
            e.getConstraintViolations()
                    .forEach(violation -> FieldErrors.show(passwordRules, "password", violation.getMessage()));
        } catch (InvalidUserException e) {
            if (e.field().equals("token")) {
                // Used elsewhere (or expired) since the page opened.
                show(false);
            } else {
                FieldErrors.show(passwordRules, "password", e.getMessage());
            }
        }
    }
}
