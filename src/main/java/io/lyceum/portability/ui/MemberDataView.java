package io.lyceum.portability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.portability.MemberData;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One member's data rights: download everything Lyceum keeps about them, anonymize them, delete them
 * (the admin types their address to confirm). The People page links here; a member of another
 * organization, or none, is "not found".
 */
@Route(value = "admin/people/:id/data", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class MemberDataView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Anchor download = new Anchor();
    final Button anonymize = new Button();
    final Button delete = new Button();
    final Paragraph who = new Paragraph();
    private final MemberData members;
    private long id;

    MemberDataView(MemberData members) {
        this.members = members;
        addClassName("page");
        download.setText(getTranslation("portability.member.download"));
        download.getElement().setAttribute("download", true);
        anonymize.setText(getTranslation("portability.member.anonymize"));
        delete.setText(getTranslation("portability.member.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymize.addClickListener(click -> confirmAnonymize());
        delete.addClickListener(click -> confirmDelete());
        add(
                new PageHeader(getTranslation("portability.member.title"), getTranslation("portability.member.lead")),
                who,
                new HorizontalLayout(download, anonymize, delete));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        var member = members.member(id).orElseThrow(NotFoundException::new);
        who.setText(getTranslation("portability.member.who", member.displayName(), member.email()));
        anonymize.setEnabled(!member.anonymized());
        var tenant = TenantContext.require();
        long memberId = id;
        download.setHref((DownloadHandler) event -> {
            event.setFileName("member-" + memberId + ".zip");
            event.setContentType("application/zip");
            TenantContext.runAs(tenant, () -> {
                try {
                    members.export(memberId, event.getOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    private void confirmAnonymize() {
        var dialog = new ConfirmDialog(
                getTranslation("portability.member.anonymize.title"),
                getTranslation("portability.member.anonymize.text"),
                getTranslation("portability.member.anonymize"),
                confirmed -> {
                    members.anonymize(id);
                    Toast.success(getTranslation("portability.member.anonymized"));
                    show();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("portability.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmDelete() {
        var dialog = new Dialog();
        DialogWidth.NARROW.apply(dialog);
        dialog.setHeaderTitle(getTranslation("portability.member.delete.title"));
        var typed = new EmailField(getTranslation("portability.member.delete.type"));
        typed.setWidthFull();
        var confirm = new Button(getTranslation("portability.member.delete"), click -> {
            var member = members.member(id).orElseThrow(NotFoundException::new);
            if (!member.email().equalsIgnoreCase(typed.getValue().strip())) {
                typed.setInvalid(true);
                typed.setErrorMessage(getTranslation("portability.member.delete.mismatch"));
                return;
            }
            var outcome = members.delete(id, typed.getValue());
            dialog.close();
            Toast.success(getTranslation(
                    outcome.filter(done -> done == MemberData.Deletion.DELETED).isPresent()
                            ? "portability.member.deleted"
                            : "portability.member.deleted.kept"));
            getUI().ifPresent(ui -> ui.navigate("admin/people"));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("portability.member.delete.text")), typed);
        dialog.getFooter().add(new Button(getTranslation("portability.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        typed.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.member.title");
    }
}
