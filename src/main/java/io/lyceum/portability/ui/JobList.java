package io.lyceum.portability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.portability.ImportReport;
import io.lyceum.portability.PortabilityJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The latest exports or imports (at most ten: a bounded list), each with its progress while it runs,
 * then its outcome: a download for an export, the report for an import. Refreshed by the page's poll.
 */
final class JobList extends Div {

    private final Supplier<List<PortabilityJob>> jobs;
    private final @Nullable Function<UUID, Optional<Path>> zips;
    private final Moments moments;

    JobList(Supplier<List<PortabilityJob>> jobs, @Nullable Function<UUID, Optional<Path>> zips, Moments moments) {
        this.jobs = jobs;
        this.zips = zips;
        this.moments = moments;
        addClassName("portability-jobs");
        refresh();
    }

    /** Shows the jobs anew; true while one still runs. */
    boolean refresh() {
        removeAll();
        var list = jobs.get();
        if (list.isEmpty()) {
            add(new Span(getTranslation("portability.jobs.none")));
        }
        list.forEach(job -> add(row(job)));
        return list.stream().anyMatch(PortabilityJob::running);
    }

    private Component row(PortabilityJob job) {
        var row = new Div();
        row.addClassName("portability-job");
        row.add(new Span(getTranslation(
                "portability.jobs.started", job.slug(), moments.dateTime(job.startedAt()), job.requestedBy())));
        if (job.running()) {
            var bar = new ProgressBar(0, 1, job.fraction());
            bar.getElement().setAttribute("aria-label", getTranslation("portability.jobs.progress"));
            row.add(
                    new Badge(getTranslation("portability.jobs.running"), Badge.Tone.PRIMARY),
                    bar,
                    new Span(getTranslation("portability.jobs.rows", job.doneRows(), job.totalRows())));
        } else if (job.failed()) {
            row.add(new Badge(getTranslation("portability.jobs.failed"), Badge.Tone.ERROR));
            reportOf(job).ifPresent(report -> row.add(new Span(refusal(report))));
        } else {
            row.add(new Badge(getTranslation("portability.jobs.done"), Badge.Tone.SUCCESS));
            if (job.kind() == PortabilityJob.Kind.EXPORT && zips != null) {
                var download = new Anchor(
                        DownloadHandler.fromInputStream(event -> zips.apply(job.token())
                                .map(JobList::response)
                                .orElseGet(() -> DownloadResponse.error(404))),
                        getTranslation(
                                "portability.jobs.download",
                                job.bytes() == null ? 0 : Math.max(1, job.bytes() / 1024)));
                download.getElement().setAttribute("download", true);
                row.add(download);
                if (job.expiresAt() != null) {
                    row.add(new Span(getTranslation("portability.jobs.kept-until", moments.dateTime(job.expiresAt()))));
                }
            }
            reportOf(job).ifPresent(report -> row.add(summary(report)));
        }
        return row;
    }

    private Component summary(ImportReport report) {
        var summary = new Div(new Span(getTranslation(
                "portability.import.summary", report.source(), report.rows(), report.users(), report.certificates())));
        for (var change : report.newCodes()) {
            summary.add(new Div(new Span(getTranslation(
                    "portability.import.new-code", change.number(), change.oldCode(), change.newCode()))));
        }
        if (!report.skipped().isEmpty()) {
            summary.add(new Div(
                    new Span(getTranslation("portability.import.skipped", String.join(", ", report.skipped())))));
        }
        return summary;
    }

    private String refusal(ImportReport report) {
        return report.refusedKey() == null
                ? getTranslation("portability.jobs.failed")
                : getTranslation(report.refusedKey(), report.refusedArguments().toArray());
    }

    private static Optional<ImportReport> reportOf(PortabilityJob job) {
        if (job.kind() != PortabilityJob.Kind.IMPORT || job.report() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ImportReport.of(job.report()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static DownloadResponse response(Path zip) {
        try {
            return new DownloadResponse(
                    Files.newInputStream(zip), zip.getFileName().toString(), "application/zip", Files.size(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
