package io.lyceum.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.lyceum.identity.ui.LoginView;
import io.lyceum.tenancy.DatabaseMode;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services use @PreAuthorize; views keep @RolesAllowed for Vaadin (JSR-250 stays off so that
// Spring does not proxy view classes).
@EnableMethodSecurity
class SecurityConfig {

    /** Our own endpoints for members of the host's organization; each controller checks who may have what. */
    static final String[] MEMBER_ENDPOINTS = {"/files/**", "/certificates/**"};

    /** Our own public endpoints. */
    static final String[] PUBLIC_ENDPOINTS = {"/verify/**", "/branding/logo/**", "/internal/tls/**"};

    /** Deliveries from other services: no session, no CSRF token; each proves its sender by a signature. */
    static final String[] WEBHOOK_ENDPOINTS = {"/stripe/**"};

    /**
     * RFC 8058 one-click unsubscribe, POSTed by mail clients on an organization's host: no session, no
     * CSRF token; the link's random token is the proof (its GET is the mail module's Vaadin page).
     */
    static final String[] ONE_CLICK_ENDPOINTS = {"/mail/unsubscribe"};

    /**
     * Staff entering an organization in support mode: no session on this host yet; the one-time token
     * from the console is the proof (its controller refuses anything else).
     */
    static final String[] SUPPORT_ENTRY = {"/support/enter/**"};

    /** The organization's logo in its mail: mail clients load images with no session (its controller serves the logo only). */
    static final String[] MAIL_IMAGES = {"/mail/logo/**"};

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            KnownDevices devices,
            SignInStamps stamps,
            @Value("${lyceum.metrics.scrape-token:}") String scrapeToken)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Lyceum's stylesheet (themes/lyceum), needed on the login page before anyone signs in.
                .requestMatchers("/lyceum/**")
                .permitAll()
                // Public certificate verification on the base domain (rate-limited by its controller), the
                // organization's logo on its host (its login page shows it) and the TLS proxy's question
                // whether a host is known (on the base domain; each controller answers only that).
                .requestMatchers(PUBLIC_ENDPOINTS)
                .permitAll()
                // Stripe's webhook: its controller verifies the signature and refuses everything else.
                .requestMatchers(WEBHOOK_ENDPOINTS)
                .permitAll()
                // One-click unsubscribe from non-essential mail: its handler checks the link's token.
                .requestMatchers(ONE_CLICK_ENDPOINTS)
                .permitAll()
                .requestMatchers(HttpMethod.GET, MAIL_IMAGES)
                .permitAll()
                .requestMatchers(HttpMethod.GET, SUPPORT_ENTRY)
                .permitAll()
                // An organization's files and certificate PDFs: members only; the controllers check the
                // host's organization and who may have which.
                .requestMatchers(MEMBER_ENDPOINTS)
                .authenticated()
                // Metrics: staff signed in, or a scraper with the scrape token (MetricsAccess).
                .requestMatchers("/actuator/prometheus")
                .access(new MetricsAccess(scrapeToken))
                // Actuator exposes health and metrics only (above); anything else under it stays closed.
                .requestMatchers("/actuator", "/actuator/**")
                .denyAll()
                // The error page of a request that failed is no new resource: whatever its rules were
                // have been applied to the request itself (without this, Spring Boot's error page for
                // a refusal is refused too, and the answer has an empty body).
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // Actuator answers a caller who is not allowed with 401, not with the sign-in page.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.pathPattern("/actuator/**")));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(WEBHOOK_ENDPOINTS).ignoringRequestMatchers(ONE_CLICK_ENDPOINTS));
        // SecurityHeaders, first of all filters, already says DENY on every response; Spring Security's
        // own writer would overwrite the one exception, a PDF that the grading view frames (SAMEORIGIN).
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.addFilterBefore(new LoginOriginFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new OrganizationBoundAuthenticationFilter(), SecurityContextHolderFilter.class);
        http.addFilterAfter(new StaleSignInFilter(stamps), OrganizationBoundAuthenticationFilter.class);
        http.addFilterAfter(new NoStoreWhenSignedIn(), StaleSignInFilter.class);
        // At sign-in: a new session id (against session fixation), and the browser is remembered as one
        // that signed in to this account (its owner's, spared the back-off that guessing elsewhere causes);
        // the session records the stamp of the password it was made with (a new password ends it).
        SessionAuthenticationStrategy rememberDevice = (authentication, request, response) -> {
            if (authentication.getPrincipal() instanceof LyceumUser user) {
                devices.remember(request, response, user.org(), user.email());
            }
            if (authentication.getDetails() instanceof SignInStamps.SignedIn signedIn) {
                stamps.remember(request.getSession(), signedIn);
            }
        };
        http.sessionManagement(
                sessions -> sessions.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                        List.of(new ChangeSessionIdAuthenticationStrategy(), rememberDevice))));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                // Vaadin denies any request that no rule names. Its routes have rules of their
                                // own, so that is every address that is no route: a signed-in person got an empty
                                // 403 (its error page refused as well), a visitor the sign-in, never the router's
                                // "not found". Reading (GET, HEAD) is left to the router, which answers 404 with
                                // the app's page, and to static files; anything else stays denied. Our own
                                // endpoints each have a rule above (EndpointRulesSecurityTest).
                                .anyRequest(other -> other.access(SecurityConfig::readsAnAddress)))
                .build();
    }

    /** A GET or HEAD: reading a page or file that no other rule names, which the router answers. */
    private static AuthorizationDecision readsAnAddress(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String method = context.getRequest().getMethod();
        return new AuthorizationDecision("GET".equals(method) || "HEAD".equals(method));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the algorithm recorded in each hash so that it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider lyceumAuthenticationProvider(
            UserService users,
            StaffService staff,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            KnownDevices devices) {
        return new LyceumAuthenticationProvider(users, staff, passwordEncoder, throttle, devices);
    }

    @Bean
    ApplicationRunner firstStaffMember(
            StaffService staff,
            DatabaseMode mode,
            @Value("${lyceum.admin.email:}") String email,
            @Value("${lyceum.admin.password:}") String password) {
        return args -> staff.ensureFirstStaffMember(email, password, mode);
    }
}
