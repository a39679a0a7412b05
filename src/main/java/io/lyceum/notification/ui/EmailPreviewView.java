package io.lyceum.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Translations;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.notification.MailPreviews;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The organization's mail as its members receive it: each kind of message with sample data, in
 * either language, the HTML part in a sandboxed frame (no scripts, no same origin) and the text part
 * beside it. Links to the sender-domain page, where mail's From address is set up.
 */
@Route(value = "admin/email", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class EmailPreviewView extends Main implements HasDynamicTitle {

    final Select<MailPreviews.Template> template = new Select<>();
    final Select<Locale> language = new Select<>();
    final Paragraph subject = new Paragraph();
    final Paragraph optOut = new Paragraph();
    final IFrame html = new IFrame();
    final Pre text = new Pre();
    final Anchor senderDomain = new Anchor("/admin/email/domain", getTranslation("mail.preview.sender-domain"));

    private final MailPreviews previews;

    EmailPreviewView(MailPreviews previews) {
        this.previews = previews;
        addClassNames("page", "email-preview");
        add(new PageHeader(
                getTranslation("mail.preview.title"),
                getTranslation("mail.preview.lead", TenantContext.require().name())));

        senderDomain.addComponentAsFirst(VaadinIcon.GLOBE.create());
        senderDomain.addClassName("sender-domain-link");

        template.setLabel(getTranslation("mail.preview.template"));
        template.setItems(previews.templates());
        template.setItemLabelGenerator(choice -> getTranslation("mail.kind." + choice.key()));
        template.setValue(previews.templates().getFirst());

        language.setLabel(getTranslation("mail.preview.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(spoken -> spoken.getDisplayLanguage(spoken));
        language.setValue(Translations.supported(getLocale()));

        template.addValueChangeListener(change -> show());
        language.addValueChangeListener(change -> show());
        var choices = new Div(template, language, senderDomain);
        choices.addClassNames("toolbar", "email-preview-choices");
        add(choices);

        subject.addClassName("email-preview-subject");
        optOut.addClassName("email-preview-opt-out");
        // No allow-scripts and no allow-same-origin: whatever the message held could not run or
        // reach the page; links open outside the frame.
        html.getElement().setAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
        html.getElement().setAttribute("title", getTranslation("mail.preview.html-frame"));
        html.getElement()
                .getStyle()
                .set("width", "100%")
                .set("max-width", "680px")
                .set("height", "720px");
        html.getElement().getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        text.getElement().getStyle().set("white-space", "pre-wrap").set("max-width", "680px");

        add(new Section(new H2(getTranslation("mail.preview.subject")), subject, optOut));
        add(new Section(new H2(getTranslation("mail.preview.html")), html));
        add(new Section(new H2(getTranslation("mail.preview.text")), text));
        show();
    }

    private void show() {
        var chosen = template.getValue();
        var preview = previews.preview(chosen, language.getValue());
        subject.setText(preview.subject());
        optOut.setText(getTranslation(chosen.essential() ? "mail.preview.essential" : "mail.preview.optional"));
        html.setSrcdoc(preview.html());
        text.setText(preview.text());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.preview.title");
    }
}
