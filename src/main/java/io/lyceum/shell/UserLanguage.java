package io.lyceum.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Every page of a signed-in member speaks the language they chose, else the organization's default
 * language (its branding page), else the browser's (Vaadin's default). Looked up at the first navigation of a UI with the member signed in, before its view is
 * built, then kept for that UI.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private static final String APPLIED = "lyceum.user-language-applied";

    private final LanguagePreference preference;
    private final CurrentUser currentUser;

    UserLanguage(LanguagePreference preference, CurrentUser currentUser) {
        this.preference = preference;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> apply(enter.getUI())));
    }

    private void apply(UI ui) {
        if (ComponentUtil.getData(ui, APPLIED) != null
                || TenantContext.current().isEmpty()
                || currentUser.get().isEmpty()) {
            return;
        }
        ComponentUtil.setData(ui, APPLIED, Boolean.TRUE);
        // The member's own choice, else the language their organization set as its default.
        preference
                .mine()
                .or(() -> TenantContext.current().map(Tenant::language))
                .ifPresent(ui::setLocale);
    }
}
