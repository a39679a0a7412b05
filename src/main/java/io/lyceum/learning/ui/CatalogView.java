package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.ProgressRing;
import io.lyceum.course.CourseCatalog;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Published courses as cards, searchable: cover (or a pattern of its own), instructor, modules,
 * duration, and the reader's progress in the courses they are enrolled in.
 */
@Route(value = "learn/catalog", layout = OrgLayout.class)
@PermitAll
class CatalogView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Div cards = new Div();
    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;

    CatalogView(CourseCatalog catalog, EnrollmentService enrollments) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        addClassName("page");
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setAriaLabel(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        cards.addClassName("card-grid");
        add(new PageHeader(getTranslation("catalog.title"), getTranslation("catalog.lead")), search, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        Map<Long, EnrollmentSummary> mine = enrollments.mine().stream()
                .filter(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)
                .collect(Collectors.toMap(EnrollmentSummary::courseId, Function.identity(), (a, b) -> a));
        var page = catalog.published(search.getValue(), PageRequest.of(0, 48));
        page.forEach(entry -> cards.add(card(entry, mine.get(entry.id()))));
        if (page.isEmpty()) {
            if (search.getValue().isBlank()) {
                cards.add(new EmptyState(getTranslation("catalog.empty.title"), getTranslation("catalog.empty.text"))
                        .icon(VaadinIcon.BOOK));
            } else {
                var clear = new Button(getTranslation("catalog.clear-search"), click -> search.clear());
                cards.add(new EmptyState(
                                getTranslation("catalog.no-match", search.getValue()),
                                getTranslation("catalog.no-match.text"),
                                clear)
                        .icon(VaadinIcon.SEARCH));
            }
        }
    }

    private Card card(CourseCatalog.Entry entry, @Nullable EnrollmentSummary enrollment) {
        var card = new Card();
        card.setMedia(CourseFacts.cover(entry));
        if (enrollment == null) {
            card.setTitle(new Span(entry.title()));
        } else {
            var head = new Div(
                    new Span(entry.title()),
                    new ProgressRing(
                            enrollment.progress(), getTranslation("my-learning.progress.aria", entry.title())));
            head.addClassName("course-card-head");
            card.setTitle(head);
        }
        var meta = new Paragraph(CourseFacts.line(this, entry));
        meta.addClassName("course-meta");
        card.setSubtitle(meta);
        card.add(new Paragraph(
                entry.descriptionText().length() > 160
                        ? entry.descriptionText().substring(0, 157) + "…"
                        : entry.descriptionText()));
        var view = new Button(
                getTranslation(enrollment == null ? "catalog.view" : "my-learning.continue"),
                click -> getUI().ifPresent(
                                ui -> ui.navigate(CoursePageView.class, CoursePageView.parameters(entry.id()))));
        view.setAriaLabel(
                getTranslation(enrollment == null ? "catalog.view.aria" : "my-learning.continue.aria", entry.title()));
        card.addToFooter(view);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.page-title");
    }
}
