package io.lyceum.identity.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.PasswordPolicy;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantPage;
import jakarta.validation.ConstraintViolationException;

/**
 * Where an invitation link, or a link to set a new password, leads: the member chooses a password,
 * once; then they sign in (a back-off from failed attempts on the account is lifted). A link that
 * can no longer be used (used, expired, replaced, unknown) says so on arrival, the same words for
 * each, with the way to sign in instead of the form; looking does not spend the link.
 */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, TenantPage, HasDynamicTitle {

    final PasswordField password = new PasswordField(getTranslation("invitation.password"));
    final Button save = new Button(getTranslation("invitation.save"));
    /** The password rules of {@link NewUser}, checked before the service checks them again. */
    final BeanValidationBinder<NewUser> passwordRules = new BeanValidationBinder<>(NewUser.class);

    final Div form;
    final Div notValid;

    private final UserService users;
    private String token = "";

    InvitationView(UserService users) {
        this.users = users;
        addClassName("login-view");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        passwordRules.forField(password).bind("password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> accept());
        form = new Div(new Paragraph(getTranslation("invitation.lead")), password, save);
        notValid = new Div(
                new H2(getTranslation("invitation.not-valid.title")),
                new Paragraph(getTranslation("invitation.not-valid.text")),
                new RouterLink(getTranslation("invitation.sign-in"), LoginView.class));
        add(new H1(
                TenantContext.current().map(tenant -> tenant.name()).orElseGet(() -> getTranslation("public.brand"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.page-title");
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
