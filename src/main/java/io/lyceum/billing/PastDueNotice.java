package io.lyceum.billing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.lyceum.base.i18n.Moments;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.shell.LayoutNotice;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Admins of an organization whose payment failed see, on every page, until when its plan holds. */
@Component
class PastDueNotice implements LayoutNotice {

    private final BillingService billing;

    PastDueNotice(BillingService billing) {
        this.billing = billing;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> notice(LyceumUser user) {
        if (!user.has(Role.ADMIN) || !billing.enabled()) {
            return Optional.empty();
        }
        BillingOverview overview = billing.overview();
        if (!overview.inGrace() || overview.graceEnds() == null) { // after it, the organization is on Free
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var moments = new Moments(ui.getLocale(), TenantContext.require().timeZone());
        var text = new Span(ui.getTranslation(
                "billing.past-due.banner", TenantContext.require().planName(), moments.date(overview.graceEnds())));
        var fix = new Anchor("admin/billing", ui.getTranslation("billing.past-due.fix"));
        var banner = new Div(text, new Span(" "), fix);
        banner.addClassNames("notice", "warning", "past-due-notice");
        banner.getElement().setAttribute("role", "alert");
        return Optional.of(banner);
    }
}
