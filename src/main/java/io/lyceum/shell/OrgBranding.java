package io.lyceum.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organization's colour on every page of its host (layout, login, invitation, error pages,
 * dialogs): set once per UI as {@value #BRAND_PROPERTY} on the body, from which the theme derives
 * Lumo's primary colours. This property is the one place branding lands.
 */
@Component
class OrgBranding implements VaadinServiceInitListener {

    static final String BRAND_PROPERTY = "--lyceum-brand";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> TenantContext.current()
                        .flatMap(tenant -> Optional.ofNullable(tenant.brandColour()))
                        .ifPresent(
                                colour -> init.getUI().getElement().getStyle().set(BRAND_PROPERTY, colour)));
    }
}
