package io.lyceum.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.InvitationLinks;
import io.lyceum.learning.BulkEnrollmentReport;
import io.lyceum.learning.CsvImports;
import io.lyceum.learning.ImportReportCsv;
import io.lyceum.learning.InvitationLinksCsv;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Enrolling a course's students from a CSV file: the upload, the progress of the import that runs,
 * the list of the course's imports with their reports, and the report of one. The import runs on
 * the server whatever happens to this page; the page only looks at how far it got.
 */
class CsvImportPanel extends Div {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Grid<CsvImports.Summary> imports = new Grid<>();
    private final CsvImports csvImports;
    private final InvitationLinks links;
    private final long courseId;
    private final Runnable onFinished;
    private @Nullable Registration polling;

    CsvImportPanel(
            CsvImports csvImports, InvitationLinks links, UploadLimits limits, long courseId, Runnable onFinished) {
        this.csvImports = csvImports;
        this.links = links;
        this.courseId = courseId;
        this.onFinished = onFinished;
        Tenant tenant = TenantContext.require();
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(
                new Span(getTranslation("learners.import.drop", UploadLimits.describe(limits.maxImportSize()))));
        LimitedUpload.configure(upload, limits.maxImportSize(), (ui, metadata, data) -> {
            long id = TenantContext.callAs(tenant, () -> csvImports.start(courseId, metadata.fileName(), data));
            ui.access(() -> {
                upload.clearFileList();
                follow(id);
            });
        });
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("learners.import.progress"));

        var moments = new Moments(getLocale(), tenant.timeZone());
        imports.addColumn(run -> moments.dateTime(run.startedAt()))
                .setHeader(getTranslation("learners.import.column.started"))
                .setAutoWidth(true);
        imports.addColumn(CsvImports.Summary::fileName)
                .setHeader(getTranslation("learners.import.column.file"))
                .setFlexGrow(2);
        imports.addColumn(run -> state(this, run))
                .setHeader(getTranslation("learners.import.column.status"))
                .setFlexGrow(2);
        imports.addComponentColumn(
                        run -> new Button(getTranslation("learners.import.report"), click -> showReport(run)))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        imports.setAllRowsVisible(true);
        imports.setItems(
                query -> csvImports.ofCourse(courseId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        imports.addClassName("imports");
        add(new H3(getTranslation("learners.import.imports")), imports);
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
            polling = ui.addPollListener(
                    poll -> csvImports.find(courseId, importId).ifPresent(this::update));
        });
    }

    private void update(CsvImports.Summary run) {
        progress.setMax(Math.max(1, run.totalRows()));
        progress.setValue(Math.min(run.doneRows(), run.totalRows()));
        if (run.status() != CsvImports.Status.RUNNING) {
            stopFollowing();
            progress.setVisible(false);
            imports.getDataProvider().refreshAll();
            onFinished.run();
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

    /** Where an import stands, in the language of {@code reader}. */
    static String state(Component reader, CsvImports.Summary run) {
        return switch (run.status()) {
            case RUNNING -> reader.getTranslation("learners.import.running", run.doneRows(), run.totalRows());
            case FINISHED -> counts(reader, run);
            case FAILED -> reader.getTranslation("learners.import.stopped", counts(reader, run));
            case INTERRUPTED -> reader.getTranslation("learners.import.interrupted", counts(reader, run));
        };
    }

    static String counts(Component reader, CsvImports.Summary run) {
        return reader.getTranslation(
                "learners.import.counts",
                run.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED),
                run.count(BulkEnrollmentReport.Outcome.ENROLLED),
                run.count(BulkEnrollmentReport.Outcome.ALREADY_ENROLLED),
                run.count(BulkEnrollmentReport.Outcome.REFUSED));
    }

    /** A row's outcome in the reader's language; a refusal as the import recorded it. */
    private static String outcome(BulkEnrollmentReport.Row row) {
        return switch (row.outcome()) {
            case CREATED_AND_ENROLLED -> ConstraintMessages.get("invite-mail.csv.created-and-enrolled");
            case ENROLLED -> ConstraintMessages.get("csv-import.enrolled");
            case ALREADY_ENROLLED -> ConstraintMessages.get("csv-import.already-enrolled");
            case REFUSED -> row.message();
        };
    }

    /**
     * An import's outcome per row, and that the members it created got their invitations by mail; its
     * report and new invitation links (for mails that did not arrive) as downloads.
     */
    Dialog showReport(CsvImports.Summary run) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                run.status() == CsvImports.Status.RUNNING
                        ? "learners.import.title.running"
                        : "learners.import.title.finished"));
        dialog.add(new Paragraph(counts(this, run)));
        long invited = run.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED);
        if (invited > 0) {
            var mailed = new Paragraph(getTranslation("invite-mail.csv.sent", invited));
            mailed.addClassName("import-invitations-sent");
            dialog.add(mailed);
        }
        for (String said : new String[] {run.notice(), run.failure()}) {
            if (said != null) {
                var paragraph = new Paragraph(said);
                paragraph.addClassName("import-notice");
                dialog.add(paragraph);
            }
        }
        var rows = new Grid<BulkEnrollmentReport.Row>();
        rows.addColumn(BulkEnrollmentReport.Row::line)
                .setHeader(getTranslation("learners.import.column.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(BulkEnrollmentReport.Row::email).setHeader(getTranslation("learners.import.column.email"));
        rows.addColumn(CsvImportPanel::outcome).setHeader(getTranslation("learners.import.column.outcome"));
        rows.setItems(csvImports.rows(courseId, run.id()));
        dialog.add(rows);
        Tenant tenant = TenantContext.require();
        var report = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("import-" + run.id() + ".csv");
                    download.setContentType("text/csv");
                    TenantContext.runAs(
                            tenant,
                            () -> ImportReportCsv.write(
                                    csvImports.rows(courseId, run.id()), download.getOutputStream()));
                },
                getTranslation("learners.import.download-report"));
        var invitations = new Anchor(
                (DownloadHandler) download -> {
                    download.setFileName("invitations-" + run.id() + ".csv");
                    download.setContentType("text/csv");
                    TenantContext.runAs(
                            tenant,
                            () -> InvitationLinksCsv.write(
                                    csvImports.invitationLinks(courseId, run.id()),
                                    links::url,
                                    download.getOutputStream()));
                },
                getTranslation("learners.import.download-invitations"));
        invitations.getElement().setAttribute("title", getTranslation("invite-mail.csv.download.title"));
        dialog.getFooter()
                .add(
                        new HorizontalLayout(report, invitations),
                        new Button(getTranslation("learners.import.close"), click -> dialog.close()));
        DialogWidth.WIDE.apply(dialog);
        dialog.open();
        return dialog;
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
