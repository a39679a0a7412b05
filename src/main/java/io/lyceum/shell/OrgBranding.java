package io.lyceum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The organization's colour on every page of its host (layout, login, invitation, error pages,
 * dialogs): set as {@value #BRAND_PROPERTY} on the body, from which the theme derives Lumo's primary
 * colours. This property is the one place branding lands. Applied when the UI starts and again at
 * every navigation, from the organization as the host filter read it for this request: a colour the
 * admin changed shows on the next page, with no restart and nothing cached to evict.
 */
@Component
class OrgBranding implements VaadinServiceInitListener {

    static final String BRAND_PROPERTY = "--lyceum-brand";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            apply(ui);
            ui.addBeforeEnterListener(enter -> apply(enter.getUI()));
        });
    }

    static void apply(UI ui) {
        String colour = TenantContext.current().map(Tenant::brandColour).orElse(null);
        var style = ui.getElement().getStyle();
        if (colour == null) {
            style.remove(BRAND_PROPERTY);
        } else {
            style.set(BRAND_PROPERTY, colour);
        }
    }
}
