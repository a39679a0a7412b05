package io.lyceum.branding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.base.i18n.Translations;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.validation.Contrast;
import io.lyceum.branding.BrandingSettings;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.identity.Roles;
import io.lyceum.platform.CustomDomains;
import io.lyceum.platform.OrganizationBranding;
import io.lyceum.platform.OrganizationBranding.Branding;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organization's branding for its admins: name, logo, primary colour (refused below WCAG AA
 * against white, with the ratio it has), the welcome text of the login page, the time zone dates are
 * shown in and the language of members who chose none. A swatch previews the colour as buttons and
 * links will show it; saved, every next page of the organization shows it.
 */
@Route(value = "admin/branding", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class BrandingView extends Main implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("branding.name"));
    final TextField colour = new TextField(getTranslation("branding.colour"));
    final Div swatch = new Div();
    final Span swatchButton = new Span(getTranslation("branding.swatch.button"));
    final Span swatchLink = new Span(getTranslation("branding.swatch.link"));
    final TextArea welcome = new TextArea(getTranslation("branding.welcome"));
    final ComboBox<ZoneId> timeZone = new ComboBox<>(getTranslation("branding.time-zone"));
    final Select<Locale> language = new Select<>();
    final Image logo = new Image();
    final Button removeLogo = new Button(getTranslation("branding.logo.remove"));
    final Button save = new Button(getTranslation("branding.save"));
    final Paragraph domainSummary = new Paragraph();

    /** The property the shell sets from the organization's colour on every page (OrgBranding). */
    static final String BRAND_PROPERTY = "--lyceum-brand";

    final BeanValidationBinder<Branding> binder = new BeanValidationBinder<>(Branding.class);
    private final BrandingSettings settings;
    private @Nullable UUID logoFile;

    BrandingView(BrandingSettings settings, ImageUploads images, CustomDomains domains) {
        this.settings = settings;
        addClassNames("page", "branding");
        add(new PageHeader(getTranslation("branding.title"), getTranslation("branding.lead")));

        name.setMaxLength(OrganizationBranding.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).bind("name");

        colour.setPlaceholder("#1f5fa8");
        colour.setMaxLength(7);
        colour.setHelperText(getTranslation("branding.colour.help"));
        colour.setValueChangeMode(ValueChangeMode.LAZY);
        colour.addValueChangeListener(change -> showSwatch(change.getValue()));
        binder.forField(colour).withNullRepresentation("").bind("primaryColor");
        swatch.addClassName("brand-swatch");
        swatchButton.addClassName("brand-swatch-button");
        swatchLink.addClassName("brand-swatch-link");
        swatch.add(swatchButton, swatchLink);
        swatch.getElement().setAttribute("aria-hidden", "true");

        welcome.setMaxLength(OrganizationBranding.WELCOME_MAX_LENGTH);
        welcome.setHelperText(getTranslation("branding.welcome.help", OrganizationBranding.WELCOME_MAX_LENGTH));
        binder.forField(welcome).withNullRepresentation("").bind("welcomeText");

        timeZone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") || id.equals("UTC"))
                .sorted()
                .map(ZoneId::of)
                .toList());
        timeZone.setItemLabelGenerator(ZoneId::getId);
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText(getTranslation("branding.time-zone.help"));
        binder.forField(timeZone).bind("timeZone");

        language.setLabel(getTranslation("branding.language"));
        var languages = new ArrayList<Locale>(Translations.LOCALES);
        language.setItems(languages);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("branding.language.browser"));
        language.setItemLabelGenerator(spoken ->
                spoken == null ? getTranslation("branding.language.browser") : spoken.getDisplayLanguage(spoken));
        language.setHelperText(getTranslation("branding.language.help"));
        binder.forField(language).bind("language");

        logo.setAlt(getTranslation("branding.logo.alt"));
        logo.setMaxHeight("4rem");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(click -> showLogo(null, null));
        var upload = images.create(
                getTranslation("branding.logo"),
                getTranslation("branding.logo.types"),
                BrandingSettings.LOGO_MAX_SIZE,
                id -> {
                    var problem = settings.logoProblem(id);
                    if (problem.isPresent()) {
                        Toast.error(problem.get());
                        return;
                    }
                    showLogo(id, FileStore.url(id));
                });
        upload.setAcceptedFileTypes("image/png", "image/jpeg");
        var logoBox = new Div(logo, removeLogo, upload);
        logoBox.addClassName("branding-logo");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        Branding current = settings.current();
        binder.readRecord(current);
        showSwatch(colour.getValue());
        Tenant tenant = TenantContext.require();
        showLogo(current.logoFile(), tenant.logoPath());

        var form = new FormLayout(name, logoBox, colour, swatch, welcome, timeZone, language);
        form.setColspan(welcome, 2);
        form.setColspan(logoBox, 2);

        var domainSection = new Section(
                new H2(getTranslation("branding.domain.title")),
                domainSummary,
                new RouterLink(getTranslation("branding.domain.link"), CustomDomainView.class));
        domainSection.addClassName("branding-domain");
        domainSummary.setText(domains.current()
                .map(domain -> getTranslation(
                        domain.verified() ? "branding.domain.verified" : "branding.domain.pending", domain.host()))
                .orElse(getTranslation("branding.domain.none")));

        add(form, save, domainSection);
    }

    void showLogo(@Nullable UUID fileId, @Nullable String src) {
        logoFile = fileId;
        logo.setVisible(fileId != null);
        removeLogo.setVisible(fileId != null);
        if (src != null) {
            logo.setSrc(src);
        }
    }

    /** The colour as buttons (white text on it) and links (it on white) will show it; Lyceum's own if none. */
    private void showSwatch(@Nullable String value) {
        String shown = value != null && Contrast.isColour(value.strip()) ? value.strip() : null;
        if (shown == null) {
            swatchButton.getStyle().remove("background-color");
            swatchLink.getStyle().remove("color");
        } else {
            swatchButton.getStyle().set("background-color", shown);
            swatchLink.getStyle().set("color", shown);
        }
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        String chosen = colour.getValue().strip();
        var branding = new Branding(
                name.getValue(),
                chosen.isEmpty() ? null : chosen,
                logoFile,
                welcome.getValue(),
                timeZone.getValue(),
                language.getValue());
        try {
            Branding saved = settings.save(branding);
            // This page too, at once; every other page reads it from the organization at its next navigation.
            var page = UI.getCurrent().getElement().getStyle();
            if (saved.primaryColor() == null) {
                page.remove(BRAND_PROPERTY);
            } else {
                page.set(BRAND_PROPERTY, saved.primaryColor());
            }
            Toast.success(getTranslation("branding.saved"));
        } catch (ConstraintViolationException refused) {
            List<String> left = FieldErrors.show(binder, refused);
            left.forEach(Toast::error);
        } catch (IllegalArgumentException refused) {
            Toast.error(refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.page-title");
    }
}
