package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.PasswordPolicy;
import io.lyceum.platform.SignupException;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.PlatformPage;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.TenancyProperties;
import jakarta.validation.ConstraintViolationException;

/** Self-service sign-up: every field is checked as it is typed, and again by the service. */
@Route(value = "signup", layout = PublicLayout.class)
@AnonymousAllowed
class SignupView extends Main implements PlatformPage, HasDynamicTitle {

    final TextField organizationName = new TextField(getTranslation("signup.organization-name"));
    final TextField slug = new TextField(getTranslation("signup.address"));
    final TextField adminName = new TextField(getTranslation("signup.name"));
    final EmailField email = new EmailField(getTranslation("signup.email"));
    final PasswordField password = new PasswordField(getTranslation("signup.password"));
    final Button submit = new Button(getTranslation("signup.submit"));
    /** A refusal that is no field's fault (too many sign-ups, a failure on our side), said above the form. */
    final Paragraph formError = new Paragraph();

    /** Checks the constraints of {@link SignupRequest} as the service will. */
    final BeanValidationBinder<SignupRequest> binder = new BeanValidationBinder<>(SignupRequest.class);

    private final SignupService signups;
    private final TenancyProperties tenancy;
    private boolean slugEdited;

    SignupView(SignupService signups, TenancyProperties tenancy) {
        this.signups = signups;
        this.tenancy = tenancy;
        addClassNames("page", "signup-form");

        organizationName.setMaxLength(SignupRequest.ORGANIZATION_NAME_MAX_LENGTH);
        organizationName.setRequiredIndicatorVisible(true);
        slug.setMaxLength(Slug.MAX_LENGTH);
        slug.setSuffixComponent(new Span("." + tenancy.baseDomain()));
        slug.setHelperText(getTranslation("signup.address.help"));
        slug.setValueChangeMode(ValueChangeMode.LAZY);
        slug.setRequiredIndicatorVisible(true);
        adminName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(ConstraintMessages.get("email.invalid")));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setValueChangeMode(ValueChangeMode.LAZY);

        binder.forField(organizationName).bind("organizationName");
        binder.forField(slug)
                .withValidator(
                        address -> !signups.isSlugTaken(address), ConstraintMessages.get(SignupService.SLUG_TAKEN))
                .bind("slug");
        binder.forField(adminName).bind("adminName");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");
        binder.readRecord(new SignupRequest("", "", "", "", ""));

        organizationName.addValueChangeListener(event -> {
            if (!slugEdited && event.isFromClient()) {
                slug.setValue(Slug.suggest(event.getValue()));
            }
        });
        slug.addValueChangeListener(event -> slugEdited |= event.isFromClient());

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> signUp());

        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        var form = new FormLayout(organizationName, slug, adminName, email, password, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new PageHeader(getTranslation("signup.title"), getTranslation("signup.lead")), formError, form);
    }

    private void signUp() {
        formError.setVisible(false);
        try {
            if (!binder.validate().isOk()) {
                return;
            }
            String address = VaadinRequest.getCurrent() == null
                    ? "unknown"
                    : VaadinRequest.getCurrent().getRemoteAddr();
            var tenant = signups.signUpFrom(
                    address,
                    new SignupRequest(
                            organizationName.getValue(),
                            slug.getValue(),
                            adminName.getValue(),
                            email.getValue(),
                            password.getValue()));
            String scheme = VaadinRequest.getCurrent() != null
                            && VaadinRequest.getCurrent().isSecure()
                    ? "https"
                    : "http";
            getUI().ifPresent(ui -> ui.getPage().setLocation(tenancy.organizationUrl(scheme, tenant.slug())));
        } catch (ConstraintViolationException e) {
            FieldErrors.show(binder, e).forEach(this::refuse);
        } catch (SignupException e) {
            if (!FieldErrors.show(binder, e.field(), e.getMessage())) {
                refuse(e.getMessage());
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    private void refuse(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.page-title");
    }
}
