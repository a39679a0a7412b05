package io.lyceum.grading.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.grading.CourseGrades;
import io.lyceum.grading.Gradebook;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in learner's grades: per course each item with its grade (points of the assignment's
 * points once released, a quiz's best score), the category means, the total and its letter. One
 * column of text: readable on a phone.
 */
@Route(value = "learn/grades", layout = OrgLayout.class)
@PermitAll
@PluginView("grading")
class MyGradesView extends Main implements HasDynamicTitle {

    final Div courses = new Div();

    MyGradesView(Gradebook gradebook) {
        addClassNames("page", "my-grades");
        add(new PageHeader(getTranslation("my-grades.title"), getTranslation("my-grades.lead")), courses);
        List<CourseGrades> all = gradebook.myGrades();
        if (all.isEmpty()) {
            courses.add(new EmptyState(getTranslation("my-grades.empty.title"), getTranslation("my-grades.empty.text"))
                    .icon(VaadinIcon.CLIPBOARD_CHECK));
        }
        all.forEach(course -> courses.add(course(course)));
    }

    private Section course(CourseGrades course) {
        var section = new Section();
        section.addClassName("my-grades-course");
        section.add(new H2(course.title()));
        var total = new Div(
                new Span(getTranslation("my-grades.total")),
                new Span(
                        course.total() == null
                                ? getTranslation("my-grades.none")
                                : course.letter() == null
                                        ? percent(course.total())
                                        : getTranslation(
                                                "my-grades.total.value", percent(course.total()), course.letter())));
        total.addClassNames("my-grades-line", "my-grades-total");
        section.add(total);
        for (CourseGrades.Item item : course.items()) {
            var line = new Div(new Span(item.title()), new Span(grade(item)));
            line.addClassName("my-grades-line");
            section.add(line);
        }
        if (course.categories().size() > 1
                || course.categories().stream().anyMatch(category -> category.name() != null)) {
            for (CourseGrades.CategoryTotal category : course.categories()) {
                String name = category.name() == null ? getTranslation("my-grades.uncategorised") : category.name();
                var line = new Div(
                        new Span(getTranslation("my-grades.category", name, plain(category.weight()))),
                        new Span(
                                category.mean() == null ? getTranslation("my-grades.none") : percent(category.mean())));
                line.addClassNames("my-grades-line", "my-grades-category");
                section.add(line);
            }
        }
        return section;
    }

    private String grade(CourseGrades.Item item) {
        if (item.percent() == null) {
            return getTranslation("my-grades.none");
        }
        String text = item.points() != null && item.maxPoints() != null
                ? getTranslation(
                        "my-grades.points", plain(item.points()), plain(item.maxPoints()), percent(item.percent()))
                : percent(item.percent());
        return item.pendingReview() ? getTranslation("my-grades.pending", text) : text;
    }

    private String percent(@Nullable BigDecimal value) {
        return value == null ? getTranslation("my-grades.none") : getTranslation("my-grades.percent", plain(value));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-grades.page-title");
    }
}
