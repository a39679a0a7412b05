package io.lyceum.platform.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanOffer;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.platform.PlanUsage;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The organization's plan for its admins: what it uses of each limit, as a bar with numbers, and
 * the plans side by side. With billing off (no Stripe keys: the default) it says so — Lyceum's
 * staff assign plans — rather than offer buttons that lead nowhere.
 */
@Route(value = "admin/billing", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class BillingView extends Main implements HasDynamicTitle {

    final Section usage = new Section();
    final Div plans = new Div();
    final Paragraph billingOff = new Paragraph();

    BillingView(PlanPolicy policy) {
        addClassNames("page", "billing");
        Tenant tenant = TenantContext.require();
        add(new PageHeader(getTranslation("billing.title"), getTranslation("billing.lead", tenant.planName())));

        billingOff.setText(getTranslation("billing.off"));
        billingOff.addClassName("notice");
        billingOff.getElement().setAttribute("role", "note");
        add(billingOff);

        usage.addClassName("plan-usage");
        usage.add(new H2(getTranslation("billing.usage")));
        var bars = new UnorderedList();
        policy.usage().forEach(used -> bars.add(bar(used)));
        usage.add(bars);
        add(usage);

        var compare = new Section(new H2(getTranslation("billing.plans")));
        plans.addClassNames("card-grid", "plan-cards");
        policy.offers().forEach(offer -> plans.add(card(offer, offer.code().equals(tenant.planCode()))));
        compare.add(plans);
        add(compare);
    }

    /** "Courses — 2 of 3", a bar that turns to error colour at the limit. */
    private ListItem bar(PlanUsage used) {
        String name = getTranslation(key(used.action()) + ".name");
        String amount = used.limit() == null
                ? getTranslation("billing.usage.unlimited", used.used())
                : getTranslation("billing.usage.of", used.used(), used.limit());
        var label = new Span(name);
        label.addClassName("plan-usage-name");
        var figures = new Span(amount);
        figures.addClassName("plan-usage-figures");
        var item = new ListItem(label, figures);
        if (used.limit() != null) {
            var bar = new ProgressBar(0, 1, Math.min(1, used.share()));
            bar.getElement().setAttribute("aria-label", name + ": " + amount);
            if (used.share() >= 1) {
                bar.addThemeName("error");
            }
            item.add(bar);
        }
        return item;
    }

    private Card card(PlanOffer offer, boolean current) {
        var card = new Card();
        card.setTitle(new Span(offer.name()));
        card.setSubtitle(new Span(price(offer.monthlyPriceCents())));
        var allows = new UnorderedList();
        for (PlanAction action : PlanAction.values()) {
            allows.add(new ListItem(offer.limit(action)
                    .map(limit -> getTranslation(key(action) + ".limit", limit))
                    .orElseGet(() -> getTranslation(key(action) + ".unlimited"))));
        }
        card.add(allows);
        if (current) {
            card.addClassName("current-plan");
            card.setHeaderSuffix(new Badge(getTranslation("billing.current"), Badge.Tone.SUCCESS));
        }
        return card;
    }

    /** "Free", "$29 / month": plans are priced in US dollars. */
    private String price(int cents) {
        return cents == 0
                ? getTranslation("billing.price.free")
                : getTranslation("billing.price.monthly", cents / 100.0);
    }

    private static String key(PlanAction action) {
        return "billing.limit." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.title");
    }
}
