package io.lyceum.tenancy;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Routes are global in Vaadin, but audiences are per host: organization pages exist only on an
 * organization's host, platform pages (landing, sign-up, console) only on the base domain.
 * A page asked for on the wrong host answers "not found".
 */
@Component
class AudienceGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(AudienceGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean onTenantHost = TenantContext.current().isPresent();
        if (onTenantHost && is(target, PlatformPage.class)) {
            if (event.getLocation().getPath().isEmpty()) {
                event.forwardTo(TenantPage.HOME_PATH);
            } else {
                event.rerouteToError(NotFoundException.class);
            }
        } else if (!onTenantHost && is(target, TenantPage.class)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static boolean is(Class<?> target, Class<?> marker) {
        if (marker.isAssignableFrom(target)) {
            return true;
        }
        Route route = target.getAnnotation(Route.class);
        return route != null && marker.isAssignableFrom(route.layout());
    }
}
