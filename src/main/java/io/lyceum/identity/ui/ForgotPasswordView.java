package io.lyceum.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.PasswordResets;
import io.lyceum.identity.ResetThrottledException;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantPage;
import jakarta.validation.ConstraintViolationException;

/**
 * "Forgot your password?": a member asks for a link to set a new password, sent to their email.
 * The answer is the same words whether or not the email is a member's; only a malformed email and
 * asking too often are refused, next to the field.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements BeforeEnterObserver, TenantPage, HasDynamicTitle {

    final EmailField email = new EmailField(getTranslation("reset.request.email"));
    final Button send = new Button(getTranslation("reset.request.send"));
    /** The email rule of {@link NewUser}, checked before the service checks it again. */
    final BeanValidationBinder<NewUser> emailRule = new BeanValidationBinder<>(NewUser.class);

    final Div form;
    final Div sent;
    final Paragraph answer = new Paragraph();

    private final PasswordResets resets;

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("login-view");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        emailRule.forField(email).bind("email");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> request());
        send.addClickShortcut(Key.ENTER);
        form = new Div(
                new H2(getTranslation("reset.request.title")),
                new Paragraph(getTranslation("reset.request.lead")),
                email,
                send);
        sent = new Div(new H2(getTranslation("reset.request.sent.title")), answer);
        add(
                new H1(TenantContext.current()
                        .map(tenant -> tenant.name())
                        .orElseGet(() -> getTranslation("public.brand"))),
                form,
                new Paragraph(new RouterLink(getTranslation("reset.request.back"), LoginView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Arriving (again) asks anew.
        email.clear();
        email.setInvalid(false);
        show(form);
    }

    /** The form or the answer: only one of them is on the page, where the form was. */
    private void show(Div part) {
        Div other = part == form ? sent : form;
        if (other.getParent().isPresent()) {
            addComponentAtIndex(indexOf(other), part);
            remove(other);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.page-title");
    }

    void request() {
        if (!emailRule.validate().isOk()) {
            return;
        }
        String address = email.getValue().strip();
        try {
            var request = VaadinRequest.getCurrent();
            resets.request(address, request == null ? "unknown" : request.getRemoteAddr());
        } catch (ResetThrottledException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
            return;
        } catch (ConstraintViolationException e) {
            FieldErrors.show(
                    emailRule,
                    "email",
                    e.getConstraintViolations().iterator().next().getMessage());
            return;
        }
        answer.setText(
                getTranslation("reset.request.sent", address, UserService.SELF_SERVICE_RESET_VALIDITY.toHours()));
        show(sent);
    }
}
