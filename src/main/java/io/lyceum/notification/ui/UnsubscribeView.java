package io.lyceum.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.notification.MailPreferences;
import io.lyceum.notification.MailPreferences.Link;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantPage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a person lands who clicks the unsubscribe link of a message: no sign-in; a button confirms
 * (a link scanner that fetches every address in a message must not unsubscribe anyone). Mail
 * clients' one-click POST to the same address is {@code UnsubscribeEndpoint}'s.
 */
@Route(value = "mail/unsubscribe", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, TenantPage, HasDynamicTitle {

    final Paragraph question = new Paragraph();
    final Button confirm = new Button(getTranslation("mailcore.unsubscribe.confirm"));
    final Div ask;
    final Div done;
    final Div notValid;

    private final MailPreferences preferences;
    private String token = "";
    private String kind = "";

    UnsubscribeView(MailPreferences preferences) {
        this.preferences = preferences;
        addClassName("login-view");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> unsubscribe());
        ask = new Div(question, confirm);
        done = new Div(
                new H2(getTranslation("mailcore.unsubscribe.done.title")),
                new Paragraph(getTranslation("mailcore.unsubscribe.done.text")));
        notValid = new Div(
                new H2(getTranslation("mailcore.unsubscribe.not-valid.title")),
                new Paragraph(getTranslation("mailcore.unsubscribe.not-valid.text")));
        add(new H1(
                TenantContext.current().map(tenant -> tenant.name()).orElseGet(() -> getTranslation("public.brand"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        token = first(parameters.get("token"));
        kind = first(parameters.get("kind"));
        Optional<Link> link = preferences.link(token, kind);
        link.ifPresent(found -> question.setText(
                getTranslation("mailcore.unsubscribe.question", found.email(), kindName(found.kind()))));
        show(link.isPresent() ? ask : notValid);
    }

    private void unsubscribe() {
        show(preferences.unsubscribe(token, kind) ? done : notValid);
    }

    private void show(Div shown) {
        ask.removeFromParent();
        done.removeFromParent();
        notValid.removeFromParent();
        add(shown);
    }

    private String kindName(String name) {
        return getTranslation("mailcore.kind." + name.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailcore.unsubscribe.title");
    }
}
