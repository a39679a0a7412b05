package io.lyceum.tenancy;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
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
        boolean onTenantHost = TenantContext.current().isPresent();
        if (onTenantHost && is(event, PlatformPage.class)) {
            if (event.getLocation().getPath().isEmpty()) {
                event.forwardTo(TenantPage.HOME_PATH);
            } else {
                event.rerouteToError(NotFoundException.class);
            }
        } else if (!onTenantHost && is(event, TenantPage.class)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The page or one of its layouts carries the marker: the layouts as resolved, automatic ones too. */
    private static boolean is(BeforeEnterEvent event, Class<?> marker) {
        return marker.isAssignableFrom(event.getNavigationTarget())
                || event.getLayouts().stream().anyMatch(marker::isAssignableFrom);
    }
}
