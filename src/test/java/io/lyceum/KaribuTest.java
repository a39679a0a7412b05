package io.lyceum;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Drives Vaadin views in the test's thread against the real Spring context and database. The
 * organization a view serves is the one put in context, as the host filter would for a request.
 */
@LyceumIntegrationTest
public abstract class KaribuTest {

    private static Routes routes = new Routes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestOrganizations organizations;

    @Autowired
    private UserService users;

    /** Views are package-private, which Karibu's own discovery skips; find them with ClassGraph. */
    @BeforeAll
    static void discoverRoutes() {
        try (var scan = new ClassGraph()
                .enableAnnotationInfo()
                .enableClassInfo()
                .ignoreClassVisibility()
                .acceptPackages("io.lyceum")
                .scan()) {
            Set<Class<? extends Component>> views =
                    scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class).stream()
                            .collect(Collectors.toCollection(HashSet::new));
            if (views.size() < 8) {
                throw new IllegalStateException("Route discovery found only " + views);
            }
            // Automatic layouts (@Layout) are registered from the same set of classes, as at start-up.
            views.addAll(scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class));
            Set<Class<? extends HasErrorParameter<?>>> errorViews = scan
                    .getClassesImplementing(HasErrorParameter.class.getName())
                    .filter(type -> !type.isAbstract())
                    .loadClasses()
                    .stream()
                    .<Class<? extends HasErrorParameter<?>>>map(type -> {
                        @SuppressWarnings("unchecked")
                        var errorView = (Class<? extends HasErrorParameter<?>>) type;
                        return errorView;
                    })
                    .collect(Collectors.toSet());
            routes = new Routes(views, errorViews, true);
        }
    }

    /** Opens a UI on the given organization's host, or on the base domain when null. */
    protected void openOn(@Nullable Tenant tenant) {
        TenantContext.set(tenant);
        MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes, context, () -> new UI()));
    }

    /** Signs in an existing member of the organization in context, as the login form would. */
    protected LyceumUser signIn(String email) {
        Tenant tenant = TenantContext.require();
        var member = TestOrganizations.asAdmin(tenant, () -> users.findByEmail(email))
                .orElseThrow();
        var user =
                new LyceumUser(tenant.slug(), member.id(), member.email(), member.displayName(), member.roles(), false);
        authenticate(user, user.roles().stream().map(role -> role.name()).collect(Collectors.toSet()));
        return user;
    }

    protected void signInAsStaff() {
        authenticate(new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true), Set.of(Roles.STAFF));
    }

    /** Signs in any principal with these roles, on whatever host is open. */
    protected static void authenticate(LyceumUser user, Set<String> roles) {
        var token = UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
        SecurityContextHolder.setContext(new SecurityContextImpl(token));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Navigates as a typed URL would, query string included. */
    protected static void navigate(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(pathAndQuery);
        } else {
            UI.getCurrent()
                    .navigate(
                            pathAndQuery.substring(0, query),
                            QueryParameters.fromString(pathAndQuery.substring(query + 1)));
        }
    }

    protected static Class<?> currentView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getClass();
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }
}
