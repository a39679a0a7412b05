package io.lyceum.notification.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.notification.MailConsole;
import io.lyceum.notification.MailConsole.DevMailRow;
import io.lyceum.notification.MailConsole.DevMessage;
import io.lyceum.platform.ui.ConsoleLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The dev mailbox, for staff: with no SMTP server configured, every message the organizations sent
 * is kept here, newest first, filtered by organization; a selected one shows its HTML rendered in a
 * sandboxed frame (no scripts, no same origin: the page's own session is out of its reach), its text
 * part and its headers.
 */
@Route(value = "console/mailbox", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class DevMailboxView extends Main implements HasDynamicTitle {

    final ComboBox<String> organization = new ComboBox<>();
    final Grid<DevMailRow> messages = new Grid<>();
    final Section message = new Section();
    final H2 subject = new H2();
    final Paragraph envelope = new Paragraph();
    final IFrame rendered = new IFrame();
    final Pre text = new Pre();
    final Pre headers = new Pre();

    private final MailConsole console;
    // Staff on the base domain, where no organization sets the time zone: UTC.
    private final Moments moments;

    DevMailboxView(MailConsole console) {
        this.console = console;
        this.moments = new Moments(getLocale(), ZoneOffset.UTC);
        addClassName("page");
        add(new PageHeader(getTranslation("mailcore.mailbox.title"), getTranslation("mailcore.mailbox.lead")));

        organization.setLabel(getTranslation("mailcore.mailbox.organization"));
        organization.setPlaceholder(getTranslation("mailcore.mailbox.all"));
        organization.setClearButtonVisible(true);
        organization.setItems(query ->
                console
                        .devMailOrganizations(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        organization.addValueChangeListener(change -> {
            messages.getDataProvider().refreshAll();
            show(null);
        });

        messages.addColumn(row -> moments.dateTime(row.createdAt()))
                .setHeader(getTranslation("mailcore.mailbox.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        messages.addColumn(DevMailRow::organization)
                .setHeader(getTranslation("mailcore.mailbox.organization"))
                .setAutoWidth(true);
        messages.addColumn(DevMailRow::to).setHeader(getTranslation("mailcore.mailbox.to"));
        messages.addColumn(DevMailRow::subject)
                .setHeader(getTranslation("mailcore.mailbox.subject"))
                .setFlexGrow(2);
        messages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        messages.setEmptyStateText(getTranslation("mailcore.mailbox.empty"));
        messages.setItems(
                query -> console.devMail(organization.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> console.countDevMail(organization.getValue()));
        messages.asSingleSelect()
                .addValueChangeListener(change -> show(
                        change.getValue() == null
                                ? null
                                : console.devMessage(change.getValue().id()).orElse(null)));

        rendered.setTitle(getTranslation("mailcore.mailbox.html"));
        // An empty sandbox: no scripts, no forms, no same origin, no top navigation.
        rendered.getElement().setAttribute("sandbox", "");
        rendered.setWidthFull();
        rendered.setHeight("32rem");
        rendered.addClassName("mail-preview");
        text.addClassName("mail-text");
        var textPart = new Div(new H3(getTranslation("mailcore.mailbox.text")), text);
        var headerPart = new Details(getTranslation("mailcore.mailbox.headers"), headers);
        message.add(subject, envelope, rendered, textPart, headerPart);
        message.setVisible(false);

        add(organization, messages, message);
    }

    private void show(@Nullable DevMessage shown) {
        message.setVisible(shown != null);
        if (shown == null) {
            rendered.setSrcdoc("");
            return;
        }
        subject.setText(shown.subject());
        envelope.setText(getTranslation(
                "mailcore.mailbox.envelope", shown.to(), shown.organization(), moments.dateTime(shown.createdAt())));
        rendered.setSrcdoc(shown.html());
        text.setText(shown.text());
        headers.setText(shown.headers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailcore.mailbox.title");
    }
}
