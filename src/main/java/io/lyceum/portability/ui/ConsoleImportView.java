package io.lyceum.portability.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.identity.Roles;
import io.lyceum.platform.SignupException;
import io.lyceum.platform.ui.ConsoleLayout;
import io.lyceum.portability.ImportRefusedException;
import io.lyceum.portability.OrgTransfers;
import io.lyceum.tenancy.Slug;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/**
 * Staff import an organization export as a new organization: its address and name first (checked as
 * at sign-up), then the zip, streamed to disk up to {@code lyceum.portability.max-import-size}. The
 * import runs in the background; its progress and report (or why it was refused) show below.
 */
@Route(value = "console/import", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleImportView extends Main implements HasDynamicTitle {

    final TextField slug = new TextField();
    final TextField name = new TextField();
    final Upload upload = new Upload();
    final JobList jobs;
    // What the fields hold, for the upload's request thread (which holds no UI lock).
    private volatile String slugValue = "";
    private volatile String nameValue = "";

    ConsoleImportView(OrgTransfers transfers) {
        addClassName("page");
        slug.setLabel(getTranslation("portability.import.slug"));
        slug.setRequired(true);
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.addValueChangeListener(change -> {
            slugValue = change.getValue().strip();
            var problem = Slug.problem(slugValue);
            slug.setInvalid(problem.isPresent() && !slugValue.isEmpty());
            slug.setErrorMessage(problem.map(p ->
                            getTranslation("portability.import.slug." + p.name().toLowerCase()))
                    .orElse(null));
        });
        name.setLabel(getTranslation("portability.import.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(change -> nameValue = change.getValue().strip());
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        jobs = new JobList(transfers::imports, null, new Moments(getLocale(), ZoneOffset.UTC));
        // Streamed to the work folder (exports run to gigabytes), cut off one byte beyond the limit.
        LimitedUpload.configureStreaming(upload, transfers.maxImportSize(), (ui, metadata, body) -> {
            try {
                transfers.startImport(body, slugValue, nameValue);
                ui.access(() -> {
                    Toast.info(ui.getTranslation("portability.import.started"));
                    Polling.whileRunning(ConsoleImportView.this, jobs);
                });
            } catch (ImportRefusedException refused) {
                String message = ui.getTranslation(refused.key(), refused.arguments());
                ui.access(() -> Toast.error(message));
            } catch (SignupException taken) {
                ui.access(() -> Toast.error(taken.getMessage()));
            }
        });
        var form = new FormLayout(slug, name);
        add(
                new PageHeader(getTranslation("portability.import.title"), getTranslation("portability.import.lead")),
                form,
                new Paragraph(getTranslation(
                        "portability.import.upload", transfers.maxImportSize().toMegabytes())),
                upload,
                new H2(getTranslation("portability.import.recent")),
                jobs);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Polling.whileRunning(this, jobs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.import.title");
    }
}
