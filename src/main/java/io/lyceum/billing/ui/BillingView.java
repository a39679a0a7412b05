package io.lyceum.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.billing.BillingException;
import io.lyceum.billing.BillingOverview;
import io.lyceum.billing.BillingService;
import io.lyceum.billing.Invoice;
import io.lyceum.billing.SubscriptionStatus;
import io.lyceum.identity.Roles;
import io.lyceum.platform.BillingInterval;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanOffer;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.platform.PlanUsage;
import io.lyceum.platform.ui.OverLimitList;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The organization's plan for its admins: what it uses of each limit, as a bar with numbers, the
 * plans side by side, and — with billing on — its subscription, Stripe Checkout to upgrade, Stripe's
 * portal for payment methods and invoices, and the invoices themselves. With billing off (no Stripe
 * keys: the default) it says so — Lyceum's staff assign plans — rather than offer buttons that lead
 * nowhere.
 */
@Route(value = "admin/billing", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class BillingView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Section usage = new Section();
    final Div plans = new Div();
    final Paragraph billingOff = new Paragraph();
    final Paragraph subscription = new Paragraph();
    final Button manage = new Button();
    final Grid<Invoice> invoices = new Grid<>();
    /** What a switch to a smaller plan would put over its limits (in the confirmation dialog). */
    final Div overLimit = new Div();

    final RadioButtonGroup<BillingInterval> interval = new RadioButtonGroup<>();

    private final BillingService billing;
    private final PlanPolicy policy;
    private final Moments moments;

    BillingView(PlanPolicy policy, BillingService billing) {
        this.billing = billing;
        this.policy = policy;
        addClassNames("page", "billing");
        Tenant tenant = TenantContext.require();
        this.moments = new Moments(getLocale(), tenant.timeZone());
        add(new PageHeader(getTranslation("billing.title"), getTranslation("billing.lead", tenant.planName())));

        BillingOverview overview = billing.overview();
        if (overview.enabled()) {
            add(subscriptionPart(tenant, overview));
        } else {
            billingOff.setText(getTranslation("billing.off"));
            billingOff.addClassName("notice");
            billingOff.getElement().setAttribute("role", "note");
            add(billingOff);
        }

        usage.addClassName("plan-usage");
        usage.add(new H2(getTranslation("billing.usage")));
        var bars = new UnorderedList();
        policy.usage().forEach(used -> bars.add(bar(used)));
        usage.add(bars);
        add(usage);

        var compare = new Section(new H2(getTranslation("billing.plans")));
        plans.addClassNames("card-grid", "plan-cards");
        if (overview.enabled()) {
            interval.setLabel(getTranslation("billing.interval"));
            interval.setItems(BillingInterval.values());
            interval.setItemLabelGenerator(choice ->
                    getTranslation("billing.interval.choice." + choice.name().toLowerCase(Locale.ROOT)));
            interval.setValue(overview.interval() == null ? BillingInterval.MONTH : overview.interval());
            interval.addValueChangeListener(change -> showPlans(tenant, overview));
            compare.add(interval);
        }
        showPlans(tenant, overview);
        compare.add(plans);
        add(compare);

        if (overview.enabled() && overview.hasCustomer()) {
            add(invoicePart());
        }
    }

    /** Where the subscription stands, and the portal for everything Stripe keeps. */
    private Section subscriptionPart(Tenant tenant, BillingOverview overview) {
        subscription.addClassName("notice");
        subscription.getElement().setAttribute("role", "status");
        subscription.setText(describe(tenant, overview));
        if (overview.inGrace()) {
            subscription.addClassName("warning");
        }
        manage.setText(getTranslation("billing.manage"));
        manage.addClickListener(click -> go(billing::portal));
        manage.setVisible(overview.hasCustomer());
        var actions = new Div(manage);
        actions.addClassName("billing-actions");
        return new Section(new H2(getTranslation("billing.subscription")), subscription, actions);
    }

    private String describe(Tenant tenant, BillingOverview overview) {
        SubscriptionStatus status = overview.status();
        if (status == null) {
            return getTranslation("billing.status.none", tenant.planName());
        }
        String renews = overview.currentPeriodEnd() == null ? "" : moments.date(overview.currentPeriodEnd());
        String interval = getTranslation(
                overview.interval() == BillingInterval.YEAR ? "billing.interval.year" : "billing.interval.month");
        return switch (status) {
            case ACTIVE, TRIALING ->
                overview.cancelAtPeriodEnd()
                        ? getTranslation("billing.status.ending", tenant.planName(), renews)
                        : getTranslation("billing.status." + status.key(), tenant.planName(), interval, renews);
            case PAST_DUE ->
                getTranslation(
                        overview.inGrace() ? "billing.status.past-due" : "billing.status.past-due-ended",
                        tenant.planName(),
                        overview.graceEnds() == null ? "" : moments.date(overview.graceEnds()));
            default -> getTranslation("billing.status." + status.key(), tenant.planName());
        };
    }

    private Section invoicePart() {
        invoices.addColumn(invoice -> invoice.number() == null ? "—" : invoice.number())
                .setHeader(getTranslation("billing.invoice.number"));
        invoices.addColumn(invoice -> moments.date(invoice.created()))
                .setHeader(getTranslation("billing.invoice.date"));
        invoices.addColumn(invoice -> money(invoice.totalCents(), invoice.currency()))
                .setHeader(getTranslation("billing.invoice.amount"));
        invoices.addColumn(invoice ->
                        invoice.status() == null ? "—" : getTranslation("billing.invoice.status." + invoice.status()))
                .setHeader(getTranslation("billing.invoice.status"));
        invoices.addComponentColumn(invoice -> {
                    if (invoice.pdfUrl() == null) {
                        return new Span();
                    }
                    var pdf = new Anchor(invoice.pdfUrl(), getTranslation("billing.invoice.pdf"), AnchorTarget.BLANK);
                    pdf.getElement().setAttribute("rel", "noopener noreferrer");
                    return pdf;
                })
                .setHeader(getTranslation("billing.invoice.pdf-header"));
        invoices.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        invoices.setAllRowsVisible(true);
        invoices.setEmptyStateText(getTranslation("billing.invoices.empty"));
        try {
            invoices.setItems(billing.invoices());
        } catch (BillingException e) {
            invoices.setEmptyStateText(e.getMessage());
        }
        return new Section(new H2(getTranslation("billing.invoices")), invoices);
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

    private void showPlans(Tenant tenant, BillingOverview overview) {
        plans.removeAll();
        policy.offers().forEach(offer -> plans.add(card(offer, offer.code().equals(tenant.planCode()), overview)));
    }

    private BillingInterval interval() {
        return interval.getValue() == null ? BillingInterval.MONTH : interval.getValue();
    }

    private Card card(PlanOffer offer, boolean current, BillingOverview overview) {
        var card = new Card();
        card.setTitle(new Span(offer.name()));
        card.setSubtitle(new Span(price(offer)));
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
        } else if (overview.enabled() && offer.buyableOnline(interval())) {
            card.addToFooter(choose(offer, overview));
        }
        return card;
    }

    /**
     * Without a paying subscription, Checkout starts one; with one, Stripe's portal changes it (with
     * proration), so that an organization never pays two subscriptions.
     */
    private Button choose(PlanOffer offer, BillingOverview overview) {
        boolean subscribed = overview.status() != null && overview.status().pays();
        var button = new Button(getTranslation(subscribed ? "billing.switch" : "billing.upgrade", offer.name()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel(getTranslation(subscribed ? "billing.switch.aria" : "billing.upgrade.aria", offer.name()));
        button.addClickListener(click -> {
            if (subscribed) {
                confirmSwitch(offer);
            } else {
                go(() -> billing.checkout(offer.code(), interval()));
            }
        });
        return button;
    }

    /**
     * Before a switch in Stripe's portal: what would be over the new plan's limits, exactly. Nothing
     * is deleted; the dialog says what becomes read-only or refused.
     */
    private void confirmSwitch(PlanOffer offer) {
        List<PlanUsage> over = policy.overLimitOn(offer.code());
        if (over.isEmpty()) {
            go(billing::portal);
            return;
        }
        var dialog = new Dialog();
        DialogWidth.MEDIUM.apply(dialog);
        dialog.setHeaderTitle(getTranslation("billing.switch.over-limit.title", offer.name()));
        overLimit.removeAll();
        overLimit.add(
                new Paragraph(getTranslation("billing.switch.over-limit", offer.name())),
                new OverLimitList(over, offer.name()));
        dialog.add(overLimit);
        var proceed = new Button(getTranslation("billing.switch.proceed"), click -> {
            dialog.close();
            go(billing::portal);
        });
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("billing.switch.cancel"), click -> dialog.close()), proceed);
        dialog.open();
    }

    /** Sends the admin to a page of Stripe's, or says why not. */
    private void go(Supplier<String> stripePage) {
        try {
            UI.getCurrent().getPage().setLocation(stripePage.get());
        } catch (BillingException e) {
            Toast.error(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> checkout =
                event.getLocation().getQueryParameters().getParameters().get("checkout");
        if (checkout != null && checkout.contains("done")) {
            Toast.info(getTranslation("billing.checkout.done"));
        }
    }

    /** "Free", "$29 per month", "$290 per year": plans are priced in US dollars. */
    private String price(PlanOffer offer) {
        if (offer.monthlyPriceCents() == 0) {
            return getTranslation("billing.price.free");
        }
        return interval() == BillingInterval.YEAR
                ? getTranslation("billing.price.yearly", offer.yearlyPriceCents() / 100.0)
                : getTranslation("billing.price.monthly", offer.monthlyPriceCents() / 100.0);
    }

    private String money(long cents, String currency) {
        var format = NumberFormat.getCurrencyInstance(getLocale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return cents / 100.0 + " " + currency;
        }
        return format.format(cents / 100.0);
    }

    private static String key(PlanAction action) {
        return "billing.limit." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.title");
    }
}
