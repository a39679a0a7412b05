package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A new password ends the member's other sessions, over real HTTP: the session that set it stays
 * signed in. A change made on another node (the row changed without this node being told) or a
 * member disabled ends their sessions within {@link SignInStamps#TTL}.
 */
@LyceumIntegrationTest
class PasswordChangeEndsSessionsSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

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
        org = organizations.create("sessions");
        host = org.slug() + ".lyceum.localhost:8080";
    }

    @AfterEach
    void leaveNoRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private boolean signedIn(String session) throws Exception {
        return http.get(host, "/admin", session).status() == 200;
    }

    /** The server's own session object of this id (what a request carrying its cookie works with). */
    private HttpSession serverSession(String id) throws Exception {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        return context.getManager().findSession(id).getSession();
    }

    /** Runs work as a request of that session would: its sign-in, its session. */
    private void asRequestOf(String sessionId, Runnable work) throws Exception {
        HttpSession session = serverSession(sessionId);
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext((SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            work.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_new_password_ends_the_other_sessions_and_the_one_that_set_it_stays() throws Exception {
        String laptop = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        String phone = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        String stolen = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        organizations.addUser(org, "colleague@example.com", "another-pass-1", Role.ADMIN);
        String colleague = http.login(host, "colleague@example.com", "another-pass-1");
        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isTrue();
        assertThat(signedIn(stolen)).isTrue();

        long admin = TestOrganizations.asAdmin(org, () -> users.findByEmail(TestOrganizations.ADMIN_EMAIL))
                .orElseThrow()
                .id();
        String token = TenantContext.callAs(org, () -> users.passwordReset(admin));
        asRequestOf(laptop, () -> TenantContext.runAs(org, () -> users.acceptInvitation(token, "a-fresh-start-26")));

        assertThat(signedIn(phone)).as("another session of the member").isFalse();
        assertThat(signedIn(stolen)).isFalse();
        assertThat(signedIn(laptop)).as("the session that set the password").isTrue();
        assertThat(signedIn(colleague)).as("another member's session").isTrue();
        assertThat(signedIn(phone)).as("ended for good").isFalse();

        assertThatThrownBy(() -> http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD))
                .hasMessageContaining("error");
        String again = http.login(host, TestOrganizations.ADMIN_EMAIL, "a-fresh-start-26");
        assertThat(signedIn(again)).as("a sign-in with the new password").isTrue();
    }

    @Test
    void a_password_set_without_a_signed_in_session_ends_every_session_of_the_member() throws Exception {
        String session = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        long admin = TestOrganizations.asAdmin(org, () -> users.findByEmail(TestOrganizations.ADMIN_EMAIL))
                .orElseThrow()
                .id();
        String token = TenantContext.callAs(org, () -> users.passwordReset(admin));
        // The link opened in a browser that is signed out (a request of its own session, nobody in it).
        TenantContext.runAs(org, () -> users.acceptInvitation(token, "a-fresh-start-26"));
        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void a_password_changed_on_another_node_or_a_member_disabled_ends_their_sessions_within_the_ttl() throws Exception {
        organizations.addUser(org, "leaver@example.com", "about-to-go-11", Role.ADMIN);
        String admin = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        String leaver = http.login(host, "leaver@example.com", "about-to-go-11");
        assertThat(signedIn(admin)).isTrue();
        assertThat(signedIn(leaver)).isTrue();

        // Another node wrote these: this node's cache was not told.
        jdbc.update(
                "update " + org.schema() + ".app_user set credentials_changed_at = now() where email = ?",
                TestOrganizations.ADMIN_EMAIL);
        jdbc.update("update " + org.schema() + ".app_user set enabled = false where email = ?", "leaver@example.com");

        await().atMost(SignInStamps.TTL.plus(Duration.ofSeconds(10)))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(signedIn(admin)).isFalse();
                    assertThat(signedIn(leaver)).isFalse();
                });
    }
}
