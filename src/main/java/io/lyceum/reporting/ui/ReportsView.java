package io.lyceum.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.chart.Chart;
import io.lyceum.base.ui.chart.Datum;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.reporting.Figures;
import io.lyceum.reporting.ReportChart;
import io.lyceum.reporting.ReportCsv;
import io.lyceum.reporting.ReportRange;
import io.lyceum.reporting.Reports;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The organization's reports: a chart per question an admin asks (enrollments over time, completion
 * rate per course, active learners per week, average quiz score per course, required training and
 * expiring certificates), each with its figures as a table and as CSV, the bars leading to the
 * people behind them. Filtered by period and course.
 */
@Route(value = "admin/reports", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
@PluginView("reports")
class ReportsView extends Main implements HasDynamicTitle {

    final Select<ReportRange> range = new Select<>();
    final ComboBox<Reports.CourseOption> course = new ComboBox<>();
    final Div charts = new Div();
    final Map<ReportChart, Chart> shown = new EnumMap<>(ReportChart.class);

    private final Reports reports;
    private final Tenant tenant;
    private final Moments moments;

    ReportsView(Reports reports) {
        this.reports = reports;
        this.tenant = TenantContext.require();
        this.moments = new Moments(getLocale(), tenant.timeZone());
        addClassName("page");
        range.setLabel(getTranslation("reports.range"));
        range.setItems(ReportRange.values());
        range.setItemLabelGenerator(value -> getTranslation("reports.range." + value.days()));
        range.setValue(ReportRange.LAST_90_DAYS);
        course.setLabel(getTranslation("reports.course"));
        course.setItems(reports.courses());
        course.setItemLabelGenerator(Reports.CourseOption::title);
        course.setClearButtonVisible(true);
        course.setPlaceholder(getTranslation("reports.all-courses"));
        range.addValueChangeListener(change -> show());
        course.addValueChangeListener(change -> show());
        var filters = new HorizontalLayout(range, course);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        charts.addClassName("chart-grid");
        add(new PageHeader(getTranslation("reports.title"), getTranslation("reports.lead")), filters, charts);
        show();
    }

    private @Nullable Long courseId() {
        return course.getValue() == null ? null : course.getValue().id();
    }

    void show() {
        charts.removeAll();
        shown.clear();
        ReportRange period = range.getValue();
        Long courseId = courseId();

        var enrollments = reports.enrollments(period, courseId);
        add(
                ReportChart.ENROLLMENTS,
                Chart.Kind.LINE,
                getTranslation(
                        "reports.enrollments.desc",
                        enrollments.stream().mapToLong(Figures.Period::count).sum(),
                        getTranslation("reports.range." + period.days())),
                enrollments.stream()
                        .map(p -> count(periodLabel(p.start(), period.step()), p.count()))
                        .toList(),
                0,
                "reports.column." + period.step());

        var completion = reports.completion(courseId);
        add(
                ReportChart.COMPLETION,
                Chart.Kind.BAR,
                getTranslation("reports.completion.desc", completion.size()),
                completion.stream()
                        .map(c -> new Datum(
                                c.title(), c.rate(), percent(c.rate()), "admin/reports/people/course/" + c.courseId()))
                        .toList(),
                100,
                "reports.column.course");

        var active = reports.activeLearners(period, courseId);
        add(
                ReportChart.ACTIVE_LEARNERS,
                Chart.Kind.LINE,
                getTranslation(
                        "reports.active-learners.desc",
                        active.stream().mapToLong(Figures.Period::count).max().orElse(0)),
                active.stream()
                        .map(p -> count(periodLabel(p.start(), "week"), p.count()))
                        .toList(),
                0,
                "reports.column.week");

        var scores = reports.quizScores(period, courseId);
        add(
                ReportChart.QUIZ_SCORES,
                Chart.Kind.BAR,
                getTranslation("reports.quiz-scores.desc", scores.size()),
                scores.stream()
                        .map(s -> new Datum(
                                s.title(),
                                s.average(),
                                percent(s.average()),
                                "admin/reports/people/course/" + s.courseId()))
                        .toList(),
                100,
                "reports.column.course");

        var compliance = reports.compliance();
        long assigned = compliance.values().stream().mapToLong(Long::longValue).sum();
        add(
                ReportChart.COMPLIANCE,
                Chart.Kind.BAR,
                getTranslation("reports.compliance.desc", assigned),
                assigned == 0
                        ? List.of()
                        : List.of(TrainingStatus.values()).stream()
                                .map(status -> new Datum(
                                        getTranslation("required-training.status." + status.name()),
                                        compliance.get(status),
                                        Long.toString(compliance.get(status)),
                                        "admin/reports/people/required/" + status.name()))
                                .toList(),
                0,
                "reports.column.status");

        var expiring = reports.expiring();
        add(
                ReportChart.EXPIRING,
                Chart.Kind.BAR,
                getTranslation("reports.expiring.desc", expiring.within90()),
                List.of(
                        expiringDatum(30, expiring.within30()),
                        expiringDatum(60, expiring.within60()),
                        expiringDatum(90, expiring.within90())),
                0,
                "reports.column.window");
    }

    private Datum expiringDatum(int days, long count) {
        return new Datum(
                getTranslation("reports.expiring.within", days),
                count,
                Long.toString(count),
                "admin/reports/people/expiring/" + days);
    }

    private void add(
            ReportChart chart, Chart.Kind kind, String description, List<Datum> data, double max, String labelHeader) {
        String key = chart.key();
        var csv = new Anchor();
        csv.setText(getTranslation("reports.csv"));
        csv.getElement()
                .setAttribute(
                        "aria-label", getTranslation("reports.csv.aria", getTranslation("reports." + key + ".title")));
        csv.addClassName("chart-csv");
        ReportRange period = range.getValue();
        Long courseId = courseId();
        List<String> header = headers(chart, period);
        csv.setHref((DownloadHandler) download -> {
            download.setFileName("report-" + key + ".csv");
            download.setContentType("text/csv");
            TenantContext.runAs(
                    tenant,
                    () -> ReportCsv.write(header, reports.export(chart, period, courseId), download.getOutputStream()));
        });
        var component = new Chart(
                kind,
                "chart-" + key,
                getTranslation("reports." + key + ".title"),
                description,
                data,
                max,
                getTranslation(labelHeader),
                getTranslation("reports." + key + ".value"),
                getTranslation("reports.table"),
                getTranslation("reports.empty"),
                csv);
        shown.put(chart, component);
        charts.add(component);
    }

    /** The CSV's columns, as {@link Reports#export} writes them. */
    private List<String> headers(ReportChart chart, ReportRange period) {
        return switch (chart) {
            case ENROLLMENTS ->
                List.of(getTranslation("reports.column." + period.step()), getTranslation("reports.enrollments.value"));
            case ACTIVE_LEARNERS ->
                List.of(getTranslation("reports.column.week"), getTranslation("reports.active-learners.value"));
            case COMPLETION ->
                List.of(
                        getTranslation("reports.column.course"),
                        getTranslation("reports.column.learners"),
                        getTranslation("reports.column.completed"),
                        getTranslation("reports.completion.value"));
            case QUIZ_SCORES ->
                List.of(
                        getTranslation("reports.column.course"),
                        getTranslation("reports.quiz-scores.value"),
                        getTranslation("reports.column.attempts"));
            case COMPLIANCE ->
                List.of(getTranslation("reports.column.status"), getTranslation("reports.compliance.value"));
            case EXPIRING -> List.of(getTranslation("reports.column.days"), getTranslation("reports.expiring.value"));
        };
    }

    private Datum count(String label, long count) {
        return new Datum(
                label, count, NumberFormat.getIntegerInstance(getLocale()).format(count), null);
    }

    private String percent(double value) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return getTranslation("reports.percent", format.format(value));
    }

    private String periodLabel(LocalDate start, String step) {
        return step.equals("month")
                ? start.format(DateTimeFormatter.ofPattern("LLL yyyy", getLocale()))
                : moments.date(start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.page-title");
    }
}
