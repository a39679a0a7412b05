package io.lyceum.platform.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.platform.SignupRequest;
import io.lyceum.tenancy.PlatformPage;
import io.lyceum.tenancy.TenancyProperties;
import jakarta.validation.Validator;
import java.util.Locale;

/** What Lyceum is, the way in for a new organization, and the way back to an existing one. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
class LandingView extends Main implements PlatformPage, HasDynamicTitle {

    final TextField findOrg = new TextField(getTranslation("landing.find.label"));
    final Button go = new Button(getTranslation("landing.find.go"));

    LandingView(TenancyProperties tenancy, Validator validator) {
        addClassName("page");
        var start = new Button(
                getTranslation("landing.start"), click -> getUI().ifPresent(ui -> ui.navigate(SignupView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var hero = new Section(
                new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")), start);
        hero.addClassName("hero");

        var features = new Div(feature("builder"), feature("space"), feature("certificates"), feature("plugins"));
        features.addClassName("features");

        findOrg.setPrefixComponent(new Span("https://"));
        findOrg.setSuffixComponent(new Span("." + tenancy.baseDomain()));
        findOrg.setPlaceholder("acme");
        go.addClickShortcut(Key.ENTER);
        go.addClickListener(click -> {
            String slug = findOrg.getValue().strip().toLowerCase(Locale.ROOT);
            var problems = validator.validateValue(SignupRequest.class, "slug", slug);
            if (!problems.isEmpty()) {
                findOrg.setErrorMessage(problems.iterator().next().getMessage());
                findOrg.setInvalid(true);
                return;
            }
            String scheme = VaadinRequest.getCurrent() == null
                    ? "http"
                    : VaadinRequest.getCurrent().isSecure() ? "https" : "http";
            getUI().ifPresent(ui -> ui.getPage().setLocation(tenancy.organizationUrl(scheme, slug)));
        });
        var find = new Section(new H2(getTranslation("landing.find.title")), new HorizontalLayout(findOrg, go));
        ((HorizontalLayout) find.getComponentAt(1))
                .setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(hero, features, find);
    }

    private Card feature(String name) {
        var card = new Card();
        card.setTitle(getTranslation("landing.feature." + name + ".title"));
        card.add(new Paragraph(getTranslation("landing.feature." + name + ".text")));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title");
    }
}
