package io.lyceum.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.EmailAddress;
import io.lyceum.identity.PasswordPolicy;
import io.lyceum.platform.SignupException;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.PlatformPage;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.TenancyProperties;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Self-service sign-up: every field is checked as it is typed, and again by the service. */
@Route(value = "signup", layout = PublicLayout.class)
@PageTitle("Sign up · Lyceum")
@AnonymousAllowed
class SignupView extends Main implements PlatformPage {

    final TextField organizationName = new TextField("Organization name");
    final TextField slug = new TextField("Address");
    final TextField adminName = new TextField("Your name");
    final EmailField email = new EmailField("Your email");
    final PasswordField password = new PasswordField("Password");
    final Button submit = new Button("Create my organization");
    /** A refusal that is no field's fault (too many sign-ups, a failure on our side), said above the form. */
    final Paragraph formError = new Paragraph();

    final Binder<Form> binder = new Binder<>();

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
        slug.setHelperText("Lower-case letters, digits and hyphens. This is where your people sign in.");
        slug.setValueChangeMode(ValueChangeMode.LAZY);
        slug.setRequiredIndicatorVisible(true);
        adminName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(EmailAddress.INVALID));
        password.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters, letters mixed with digits " + "or symbols.");
        password.setRequiredIndicatorVisible(true);
        password.setValueChangeMode(ValueChangeMode.LAZY);

        binder.forField(organizationName)
                .withValidator(fromProblem(SignupService::organizationNameProblem))
                .bind(Form::getOrganizationName, Form::setOrganizationName);
        binder.forField(slug).withValidator(fromProblem(signups::slugProblem)).bind(Form::getSlug, Form::setSlug);
        binder.forField(adminName)
                .withValidator(fromProblem(SignupService::adminNameProblem))
                .bind(Form::getAdminName, Form::setAdminName);
        binder.forField(email).withValidator(fromProblem(EmailAddress::problem)).bind(Form::getEmail, Form::setEmail);
        binder.forField(password)
                .withValidator((value, context) -> PasswordPolicy.problem(value, email.getValue())
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(Form::getPassword, Form::setPassword);
        binder.setBean(new Form());

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
        add(
                new PageHeader("Create your organization", "Free to start. Your own address, ready in seconds."),
                formError,
                form);
    }

    private void signUp() {
        formError.setVisible(false);
        try {
            if (!binder.validate().isOk()) {
                return;
            }
            Form form = binder.getBean();
            String address = VaadinRequest.getCurrent() == null
                    ? "unknown"
                    : VaadinRequest.getCurrent().getRemoteAddr();
            var tenant = signups.signUpFrom(
                    address,
                    new SignupRequest(
                            form.getOrganizationName(),
                            form.getSlug(),
                            form.getAdminName(),
                            form.getEmail(),
                            form.getPassword()));
            String scheme = VaadinRequest.getCurrent() != null
                            && VaadinRequest.getCurrent().isSecure()
                    ? "https"
                    : "http";
            getUI().ifPresent(ui -> ui.getPage().setLocation(tenancy.organizationUrl(scheme, tenant.slug())));
        } catch (SignupException e) {
            fieldNamed(e.field())
                    .ifPresentOrElse(
                            field -> {
                                field.setErrorMessage(e.getMessage());
                                field.setInvalid(true);
                            },
                            () -> {
                                formError.setText(e.getMessage());
                                formError.setVisible(true);
                            });
        } finally {
            submit.setEnabled(true);
        }
    }

    private Optional<HasValidation> fieldNamed(String name) {
        return Optional.ofNullable(Map.<String, HasValidation>of(
                        "organizationName",
                        organizationName,
                        "slug",
                        slug,
                        "adminName",
                        adminName,
                        "email",
                        email,
                        "password",
                        password)
                .get(name));
    }

    private static Validator<String> fromProblem(Function<String, Optional<String>> rule) {
        return (value, context) ->
                rule.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
    }

    /** The form's state while it is being filled in. */
    static final class Form {
        private String organizationName = "";
        private String slug = "";
        private String adminName = "";
        private String email = "";
        private String password = "";

        String getOrganizationName() {
            return organizationName;
        }

        void setOrganizationName(String organizationName) {
            this.organizationName = organizationName;
        }

        String getSlug() {
            return slug;
        }

        void setSlug(String slug) {
            this.slug = slug;
        }

        String getAdminName() {
            return adminName;
        }

        void setAdminName(String adminName) {
            this.adminName = adminName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }
    }
}
