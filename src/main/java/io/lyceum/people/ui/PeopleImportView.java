package io.lyceum.people.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.identity.Roles;
import io.lyceum.people.PeopleImportReport;
import io.lyceum.people.PeopleImportReportCsv;
import io.lyceum.people.PeopleImports;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Adding or updating many people from a CSV file (email; name or first and last name; roles;
 * cohort): the upload, the progress of the import that runs on the server whatever happens to this
 * page, the organization's imports, and each one's report line by line, also as a download.
 */
@Route(value = "admin/people/import", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class PeopleImportView extends Main implements HasDynamicTitle {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Grid<PeopleImportReport.Summary> imports = new Grid<>();
    private final PeopleImports peopleImports;
    private @Nullable Registration polling;

    PeopleImportView(PeopleImports peopleImports, UploadLimits limits) {
        this.peopleImports = peopleImports;
        addClassName("page");
        Tenant tenant = TenantContext.require();
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setDropLabel(
                new Span(getTranslation("people.import.drop", UploadLimits.describe(limits.maxImportSize()))));
        LimitedUpload.configure(upload, limits.maxImportSize(), (ui, metadata, data) -> {
            long id = TenantContext.callAs(tenant, () -> peopleImports.start(metadata.fileName(), data));
            ui.access(() -> {
                upload.clearFileList();
                follow(id);
            });
        });
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("people.import.progress"));

        var moments = new Moments(getLocale(), tenant.timeZone());
        imports.addColumn(run -> moments.dateTime(run.startedAt()))
                .setHeader(getTranslation("people.import.column.started"))
                .setAutoWidth(true);
        imports.addColumn(PeopleImportReport.Summary::fileName)
                .setHeader(getTranslation("people.import.column.file"))
                .setFlexGrow(2);
        imports.addColumn(this::state)
                .setHeader(getTranslation("people.import.column.status"))
                .setFlexGrow(2);
        imports.addComponentColumn(run -> new Button(getTranslation("people.import.report"), click -> showReport(run)))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        imports.setItems(query -> peopleImports.imports(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        imports.setEmptyStateText(getTranslation("people.import.none"));

        add(
                new PageHeader(getTranslation("people.import.title"), getTranslation("people.import.lead")),
                new RouterLink(getTranslation("people.import.back"), PeopleView.class),
                new Paragraph(getTranslation("people.import.columns")),
                upload,
                progress,
                new H3(getTranslation("people.import.imports")),
                imports);
    }

    /** Shows the import's progress until it ends, then its report (polling: no push needed). */
    void follow(long importId) {
        progress.setMin(0);
        progress.setValue(0);
        progress.setVisible(true);
        imports.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> {
            stopFollowing();
            ui.setPollInterval(700);
            polling = ui.addPollListener(poll -> peopleImports.find(importId).ifPresent(this::update));
        });
    }

    private void update(PeopleImportReport.Summary run) {
        progress.setMax(Math.max(1, run.totalRows()));
        progress.setValue(Math.min(run.doneRows(), run.totalRows()));
        if (run.status() != PeopleImportReport.Status.RUNNING) {
            stopFollowing();
            progress.setVisible(false);
            imports.getDataProvider().refreshAll();
            showReport(run);
        }
    }

    private void stopFollowing() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    String state(PeopleImportReport.Summary run) {
        return switch (run.status()) {
            case RUNNING -> getTranslation("people.import.running", run.doneRows(), run.totalRows());
            case FINISHED -> counts(run);
            case FAILED -> getTranslation("people.import.stopped", counts(run));
            case INTERRUPTED -> getTranslation("people.import.interrupted", counts(run));
        };
    }

    String counts(PeopleImportReport.Summary run) {
        return getTranslation(
                "people.import.counts",
                run.count(PeopleImportReport.Outcome.INVITED),
                run.count(PeopleImportReport.Outcome.UPDATED),
                run.count(PeopleImportReport.Outcome.SKIPPED),
                run.count(PeopleImportReport.Outcome.REFUSED));
    }

    /** An import's outcome per line, how the file was read, and the report as a download. */
    Dialog showReport(PeopleImportReport.Summary run) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                run.status() == PeopleImportReport.Status.RUNNING
                        ? "people.import.title.running"
                        : "people.import.title.finished"));
        dialog.add(new Paragraph(counts(run)));
        for (String said : new String[] {run.notice(), run.failure()}) {
            if (said != null) {
                var paragraph = new Paragraph(said);
                paragraph.addClassName("import-notice");
                dialog.add(paragraph);
            }
        }
        var rows = new Grid<PeopleImportReport.Row>();
        rows.addColumn(PeopleImportReport.Row::line)
                .setHeader(getTranslation("people.import.column.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(PeopleImportReport.Row::email).setHeader(getTranslation("people.import.column.email"));
        rows.addColumn(PeopleImportReport.Row::message).setHeader(getTranslation("people.import.column.outcome"));
        rows.setItems(peopleImports.rows(run.id()));
        dialog.add(rows);
        Tenant tenant = TenantContext.require();
        var report = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("people-import-" + run.id() + ".csv");
                    download.setContentType("text/csv");
                    TenantContext.runAs(
                            tenant,
                            () -> PeopleImportReportCsv.write(
                                    peopleImports.rows(run.id()), download.getOutputStream()));
                },
                getTranslation("people.import.download-report"));
        dialog.getFooter().add(report, new Button(getTranslation("people.close"), click -> dialog.close()));
        DialogWidth.WIDE.apply(dialog);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.import.page-title");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // The import goes on; only this page stops looking at it.
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }
}
