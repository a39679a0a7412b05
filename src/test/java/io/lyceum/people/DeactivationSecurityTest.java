package io.lyceum.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditTrail;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;

/**
 * Deactivation over real HTTP: the member's open session ends at once, a sign-in with the right
 * password is refused with a message that says why (a wrong password still says only that it is
 * wrong), and after reactivation the same password signs in again. A sign-in is recorded as the
 * member's last.
 */
@LyceumIntegrationTest
class DeactivationSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    TestOrganizations organizations;

    @Autowired
    PeopleService people;

    @Autowired
    AuditTrail audit;

    @Autowired
    WebServerApplicationContext server;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant org;
    String host;

    @BeforeEach
    void organization() {
        http = new RawHttp(port);
        org = organizations.create("deactivate");
        organizations.addUser(org, "leaver@example.com", "about-to-go-11", Role.STUDENT);
        host = org.slug() + ".lyceum.localhost:8080";
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private boolean signedIn(String session) throws Exception {
        return http.get(host, "/learn", session).status() == 200;
    }

    private long leaver() {
        return TestOrganizations.asAdmin(org, () -> people.members("leaver@", Pageable.ofSize(1)))
                .getContent()
                .getFirst()
                .id();
    }

    /** A sign-in through the login form that fails: the message the login page shows next. */
    private String refusal(String email, String password) throws Exception {
        var page = http.get(host, "/login", "");
        String session = page.sessionCookie().orElseThrow();
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        var answer = http.postForm(
                host, "/login", session, Map.of("username", email, "password", password, "_csrf", csrf.group(1)));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("location").orElse("")).contains("error");
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        Object refused = context.getManager()
                .findSession(answer.sessionCookie().orElse(session))
                .getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refused instanceof DisabledException disabled
                ? "disabled: " + disabled.getMessage()
                : String.valueOf(refused == null ? null : ((Exception) refused).getMessage());
    }

    @Test
    void a_deactivated_member_is_signed_out_and_cannot_sign_in_until_reactivated() throws Exception {
        String session = http.login(host, "leaver@example.com", "about-to-go-11");
        assertThat(signedIn(session)).isTrue();
        var member = TestOrganizations.asAdmin(org, () -> people.member(leaver()));
        assertThat(member.lastSignedInAt()).as("the sign-in is recorded").isNotNull();

        TestOrganizations.asAdmin(org, () -> people.deactivate(member.id()));
        assertThat(signedIn(session)).as("the open session ends at once").isFalse();
        assertThatThrownBy(() -> http.login(host, "leaver@example.com", "about-to-go-11"))
                .hasMessageContaining("error");
        assertThat(refusal("leaver@example.com", "about-to-go-11"))
                .as("the login page says the account is deactivated")
                .isEqualTo("disabled: Account deactivated");
        assertThat(refusal("leaver@example.com", "a-wrong-guess-1"))
                .as("a wrong password learns nothing of the account")
                .isEqualTo("Incorrect email or password");
        assertThat(TestOrganizations.asAdmin(org, () -> people.member(member.id()))
                        .status())
                .isEqualTo(MemberStatus.DEACTIVATED);
        assertThat(TestOrganizations.asAdmin(
                        org,
                        () -> audit.search(
                                new AuditFilter(null, "sign-in.failed", null, null, null), PageRequest.of(0, 10))))
                .extracting(AuditEntry::detail)
                .contains("deactivated", "bad-credentials");

        TestOrganizations.asAdmin(org, () -> people.reactivate(member.id()));
        String again = http.login(host, "leaver@example.com", "about-to-go-11");
        assertThat(signedIn(again)).isTrue();
        assertThat(signedIn(session)).as("the old session stays ended").isFalse();
    }

    @Test
    void a_role_taken_away_ends_the_members_sessions() throws Exception {
        organizations.addUser(org, "deputy@example.com", "second-in-line-26", Role.ADMIN, Role.STUDENT);
        String session = http.login(host, "deputy@example.com", "second-in-line-26");
        assertThat(http.get(host, "/admin/people", session).status()).isEqualTo(200);
        long deputy = TestOrganizations.asAdmin(org, () -> people.members("deputy@", Pageable.ofSize(1)))
                .getContent()
                .getFirst()
                .id();
        TestOrganizations.asAdmin(org, () -> people.changeRoles(deputy, java.util.Set.of(Role.STUDENT)));
        assertThat(signedIn(session)).isFalse();
        String again = http.login(host, "deputy@example.com", "second-in-line-26");
        assertThat(signedIn(again)).isTrue();
    }
}
