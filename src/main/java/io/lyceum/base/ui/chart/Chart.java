package io.lyceum.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * A chart on a page: its heading, the SVG picture, and below it a folded data table with the same
 * figures (links where the bars link), for screen readers and for anyone who would rather read.
 */
public class Chart extends Section {

    /** The kind of picture. */
    public enum Kind {
        BAR,
        LINE
    }

    final Svg picture;
    final NativeTable table = new NativeTable();
    private final String svg;

    /**
     * @param id unique on the page; names the SVG's title and description
     * @param labelHeader, valueHeader the data table's column headers
     * @param empty what the chart says when it has no data
     */
    public Chart(
            Kind kind,
            String id,
            String title,
            String description,
            List<Datum> data,
            double max,
            String labelHeader,
            String valueHeader,
            String tableSummary,
            String empty,
            Component... actions) {
        addClassName("chart-card");
        var heading = new H2(title);
        var head = new Div(heading);
        head.addClassName("chart-head");
        head.add(actions);
        add(head);
        svg = kind == Kind.BAR
                ? SvgBarChart.render(id, title, description, data, max)
                : SvgLineChart.render(id, title, description, data);
        picture = new Svg(svg);
        picture.addClassName("chart-picture");
        if (data.isEmpty()) {
            var none = new Paragraph(empty);
            none.addClassName("chart-empty");
            add(none);
        } else {
            add(picture);
        }
        var header = new NativeTableHeader();
        header.add(new NativeTableRow(new NativeTableHeaderCell(labelHeader), new NativeTableHeaderCell(valueHeader)));
        var body = new NativeTableBody();
        for (Datum datum : data) {
            var label = new NativeTableCell();
            if (datum.href() != null) {
                label.add(new Anchor(datum.href(), datum.label()));
            } else {
                label.setText(datum.label());
            }
            body.add(new NativeTableRow(label, new NativeTableCell(datum.shown())));
        }
        table.add(header, body);
        table.addClassName("chart-table");
        var details = new NativeDetails(tableSummary, table);
        details.addClassName("chart-data");
        add(details);
    }

    /** The SVG document as drawn. */
    public String svg() {
        return svg;
    }
}
