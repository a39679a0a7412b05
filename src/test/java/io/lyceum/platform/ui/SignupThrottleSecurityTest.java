package io.lyceum.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinRequest;
import io.lyceum.KaribuTest;
import io.lyceum.StrictLimits;
import io.lyceum.TestOrganizations;
import io.lyceum.Violations;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.SignupException;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Self-service sign-up creates a schema each time, so it is limited per address and in total; the
 * person refused is told why and for how long, and nothing is created.
 */
@StrictLimits
class SignupThrottleSecurityTest extends KaribuTest {

    @Autowired
    OrganizationService organizationService;

    @Autowired
    SignupService signups;

    private String signUpInTheForm() {
        openOn(null);
        navigate("signup");
        var view = _get(SignupView.class);
        String slug = TestOrganizations.uniqueSlug("throttled");
        _setValue(view.organizationName, "Throttled " + slug);
        _setValue(view.slug, slug);
        _setValue(view.adminName, "Ada");
        _setValue(view.email, "ada@example.com");
        _setValue(view.password, "long-enough-9");
        _click(view.submit);
        return slug;
    }

    private static SignupRequest request() {
        String slug = TestOrganizations.uniqueSlug("direct");
        return new SignupRequest("Direct " + slug, slug, "Ada", "ada@example.com", "long-enough-9");
    }

    @Test
    void sign_ups_are_limited_per_address_and_in_total() {
        for (int i = 0; i < StrictLimits.SIGNUPS_PER_ADDRESS; i++) {
            assertThat(organizationService.isSlugTaken(signUpInTheForm())).isTrue();
            tearDownVaadin();
        }
        String refused = signUpInTheForm();
        var view = _get(SignupView.class);
        assertThat(view.formError.isVisible()).isTrue();
        assertThat(view.formError.getText())
                .matches("Too many sign-ups from your network\\. Try again in \\d+ minutes?\\.");
        assertThat(organizationService.isSlugTaken(refused)).isFalse();
        String formAddress = VaadinRequest.getCurrent().getRemoteAddr();

        // Another address still may, until everyone together has used up the total.
        assertThat(formAddress).isNotEqualTo("198.51.100.7");
        int left = StrictLimits.SIGNUPS_TOTAL - StrictLimits.SIGNUPS_PER_ADDRESS;
        for (int i = 0; i < left; i++) {
            signups.signUpFrom("198.51.100." + (7 + i / StrictLimits.SIGNUPS_PER_ADDRESS), request());
        }
        var last = request();
        assertThatThrownBy(() -> signups.signUpFrom("198.51.100.99", last))
                .isInstanceOf(SignupException.class)
                .hasMessageMatching(
                        "Lyceum is receiving very many sign-ups right now\\. Try again in \\d+ minutes?\\.");
        assertThat(organizationService.isSlugTaken(last.slug())).isFalse();
    }

    @Test
    void an_invalid_sign_up_is_refused_for_its_fields_and_counts_for_nothing() {
        var bad = new SignupRequest("Bad", "Bad Slug!", "Ada", "ada@example.com", "long-enough-9");
        for (int i = 0; i < StrictLimits.SIGNUPS_TOTAL + 1; i++) {
            assertThatThrownBy(() -> signups.signUpFrom("198.51.100.200", bad))
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> assertThat(Violations.of(e)).containsOnlyKeys("slug"));
        }
    }
}
