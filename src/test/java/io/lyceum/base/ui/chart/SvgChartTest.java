package io.lyceum.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The hand-written SVG: accessible (role, title, description), one bar per datum, every text escaped. */
class SvgChartTest {

    static final List<Datum> COURSES = List.of(
            new Datum("Alpha", 66.7, "66.7%", "admin/reports/people/course/1"),
            new Datum("Beta", 50, "50%", "admin/reports/people/course/2"),
            new Datum("<script>alert(1)</script>", 25, "25%", null));

    @Test
    void a_bar_chart_is_named_by_its_title_and_described_and_its_links_reachable() {
        String svg = SvgBarChart.render(
                "chart-completion", "Completion rate per course", "Share who completed", COURSES, 100);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        // Its bars link to the people behind them: a group of links, not an image (whose links no one could reach).
        assertThat(svg).contains("role=\"group\"");
        assertThat(svg).contains("<a href=\"admin/reports/people/course/1\">");
        assertThat(SvgBarChart.render("plain", "T", "D", List.of(new Datum("A", 1, "1", null)), 1))
                .contains("role=\"img\"");
        assertThat(svg).contains("aria-labelledby=\"chart-completion-title chart-completion-desc\"");
        assertThat(svg).contains("<title id=\"chart-completion-title\">Completion rate per course</title>");
        assertThat(svg).contains("<desc id=\"chart-completion-desc\">Share who completed</desc>");
    }

    @Test
    void each_course_is_one_bar_with_its_label_and_value() {
        String svg = SvgBarChart.render("c", "Title", "Desc", COURSES, 100);
        assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).isEqualTo(3);
        assertThat(svg).contains("aria-label=\"Alpha: 66.7%\" data-value=\"66.7\"");
        assertThat(svg).contains("aria-label=\"Beta: 50%\" data-value=\"50.0\"");
        // A full bar is the plot's width (370 px for 100 %); half of it for 50 %.
        assertThat(svg).contains("width=\"185.0\"");
        assertThat(svg).contains("<a href=\"admin/reports/people/course/1\">");
    }

    @Test
    void a_title_of_script_comes_out_as_text_and_the_document_is_well_formed() throws Exception {
        String svg = SvgBarChart.render("c", "Title & <b>more</b>", "Desc \"quoted\"", COURSES, 0);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(svg).contains("Title &amp; &lt;b&gt;more&lt;/b&gt;");
        var document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("g").getLength()).isEqualTo(3);
    }

    @Test
    void a_line_chart_has_a_point_per_week_including_empty_ones() throws Exception {
        var weeks = List.of(
                new Datum("18 May", 2, "2", null), new Datum("25 May", 0, "0", null), new Datum("1 Jun", 3, "3", null));
        String svg = SvgLineChart.render("active", "Active learners", "per week", weeks);
        assertThat(Pattern.compile("<circle ").matcher(svg).results().count()).isEqualTo(3);
        assertThat(svg).contains("aria-label=\"25 May: 0\"");
        assertThat(svg).contains("<path class=\"chart-line\"");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void an_empty_chart_is_still_a_valid_image() {
        assertThat(SvgBarChart.render("e", "Empty", "Nothing", List.of(), 0)).endsWith("</svg>");
        assertThat(SvgLineChart.render("e", "Empty", "Nothing", List.of())).doesNotContain("<path");
    }
}
