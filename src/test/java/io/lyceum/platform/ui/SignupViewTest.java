package io.lyceum.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.Violations;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantStatus;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignupViewTest extends KaribuTest {

    @Autowired
    OrganizationService organizationService;

    @Autowired
    SignupService signups;

    SignupView view;

    @BeforeEach
    void openSignup() {
        openOn(null);
        navigate("signup");
        view = _get(SignupView.class);
    }

    private void fill(String organization, String slug, String name, String email, String password) {
        _setValue(view.organizationName, organization);
        _setValue(view.slug, slug);
        _setValue(view.adminName, name);
        _setValue(view.email, email);
        _setValue(view.password, password);
    }

    private void assertNothingCreated(String slug) {
        assertThat(organizationService.isSlugTaken(slug)).isFalse();
    }

    @Test
    void bad_slug_format_is_shown_next_to_the_field_and_creates_nothing() {
        fill("Bad Slug Inc", "Bad_Slug!", "Ada", "ada@example.com", "long-enough-9");
        _click(view.submit);
        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(view.slug.getErrorMessage()).contains("lower-case letters");
        assertNothingCreated("bad_slug!");
    }

    @Test
    void reserved_slug_is_refused() {
        fill("Console", "console", "Ada", "ada@example.com", "long-enough-9");
        _click(view.submit);
        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(view.slug.getErrorMessage()).contains("reserved");
        assertNothingCreated("console");
    }

    @Test
    void taken_slug_is_refused_as_it_is_typed() {
        Tenant existing = organizations.create("taken");
        _setValue(view.slug, existing.slug());
        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(view.slug.getErrorMessage()).isEqualTo("This address is already taken");
        fill("Another Org", existing.slug(), "Ada", "ada@example.com", "long-enough-9");
        _click(view.submit);
        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(organizationService.findBySlug(existing.slug()).orElseThrow().name())
                .isEqualTo(existing.name());
    }

    @Test
    void weak_password_is_refused_with_the_rule_it_breaks() {
        String slug = TestOrganizations.uniqueSlug("weak");
        fill("Weak Org", slug, "Ada", "ada@example.com", "short1");
        _click(view.submit);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters");
        _setValue(view.password, "onlyletterslong");
        assertThat(view.password.getErrorMessage()).isEqualTo("Mix letters with digits or symbols");
        _click(view.submit);
        assertNothingCreated(slug);
    }

    @Test
    void a_password_made_of_the_email_is_refused_by_the_service_next_to_the_password() {
        String slug = TestOrganizations.uniqueSlug("mine");
        fill("Mine Org", slug, "Ada", "adalove@example.com", "adalove-2026");
        _click(view.submit);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Don't use your email address in your password");
        assertThat(view.formError.isVisible()).isFalse();
        assertNothingCreated(slug);
    }

    @Test
    void bad_email_is_refused() {
        String slug = TestOrganizations.uniqueSlug("mail");
        fill("Mail Org", slug, "Ada", "not-an-email", "long-enough-9");
        _click(view.submit);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("valid email");
        assertNothingCreated(slug);
    }

    @Test
    void empty_form_marks_every_field() {
        _click(view.submit);
        for (var field :
                new HasValidation[] {view.organizationName, view.slug, view.adminName, view.email, view.password}) {
            assertThat(field.isInvalid()).as(field.toString()).isTrue();
            assertThat(field.getErrorMessage()).isNotBlank();
        }
        assertThat(view.organizationName.getErrorMessage()).isEqualTo("Enter your organization's name");
    }

    @Test
    void in_german_the_form_and_its_constraint_messages_are_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("");
        navigate("signup");
        view = _get(SignupView.class);
        assertThat(view.organizationName.getLabel()).isEqualTo("Name der Organisation");
        assertThat(view.submit.getText()).isEqualTo("Organisation anlegen");
        _setValue(view.slug, "www");
        _setValue(view.password, "short1");
        _click(view.submit);
        assertThat(view.organizationName.getErrorMessage()).isEqualTo("Geben Sie den Namen Ihrer Organisation ein");
        assertThat(view.slug.getErrorMessage()).isEqualTo("Diese Adresse ist reserviert; wählen Sie eine andere");
        assertThat(view.password.getErrorMessage()).isEqualTo("Verwenden Sie mindestens 10 Zeichen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Registrieren · Lyceum");
    }

    @Test
    void a_services_refusal_is_written_in_the_readers_language_too() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThatThrownBy(() -> signups.signUp(new SignupRequest(
                        "", TestOrganizations.uniqueSlug("de"), "Ada", "ada@example.com", "long-enough-9")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry("organizationName", "Geben Sie den Namen Ihrer Organisation ein")));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThatThrownBy(() -> signups.signUp(new SignupRequest(
                        "", TestOrganizations.uniqueSlug("en"), "Ada", "ada@example.com", "long-enough-9")))
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry("organizationName", "Enter your organization's name")));
    }

    @Test
    void organization_name_suggests_an_address() {
        _setValue(view.organizationName, "Zoë's Coding Bootcamp");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Address")).getValue())
                .isEqualTo("zoe-s-coding-bootcamp");
    }

    @Test
    void good_signup_creates_an_active_organization() {
        String slug = TestOrganizations.uniqueSlug("good");
        fill("Good Learning Co", slug, "Grace Hopper", "grace@example.com", "cobol-rules-1959");
        _click(view.submit);
        var created = organizationService.findBySlug(slug).orElseThrow();
        assertThat(created.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(created.name()).isEqualTo("Good Learning Co");
        assertThat(created.users()).isEqualTo(1);
        assertThat(view.slug.isInvalid()).isFalse();
    }
}
