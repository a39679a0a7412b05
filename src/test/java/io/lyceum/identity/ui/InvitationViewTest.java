package io.lyceum.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.KaribuTest;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void an_invited_member_sets_a_password_once_and_weak_ones_are_refused() {
        Tenant org = organizations.create("invite");
        String token = TenantContext.callAs(
                org,
                () -> users.invite("guest@example.com", "Guest", Set.of(Role.STUDENT))
                        .token());
        openOn(org);
        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        _setValue(view.password, "short");
        _click(view.save);
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters");

        _setValue(view.password, "welcome-aboard-7");
        _click(view.save);
        assertThat(currentView()).isEqualTo(LoginView.class);

        navigate("invite/" + token);
        var again = _get(InvitationView.class);
        _setValue(again.password, "another-one-8");
        _click(again.save);
        assertThat(again.password.getErrorMessage()).contains("not valid any more");
    }
}
