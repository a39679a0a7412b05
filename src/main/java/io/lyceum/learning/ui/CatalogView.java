package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.Counted;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.course.CourseCatalog;
import io.lyceum.files.FileStore;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/** Published courses as cards, searchable. */
@Route(value = "learn/catalog", layout = OrgLayout.class)
@PageTitle("Catalog")
@PermitAll
class CatalogView extends Main {

    final TextField search = new TextField();
    final Div cards = new Div();
    private final CourseCatalog catalog;

    CatalogView(CourseCatalog catalog) {
        this.catalog = catalog;
        addClassName("page");
        search.setPlaceholder("Search courses");
        search.setAriaLabel("Search courses");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        cards.addClassName("features");
        add(new PageHeader("Catalog", "Courses published by your organization."), search, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var page = catalog.published(search.getValue(), PageRequest.of(0, 48));
        page.forEach(entry -> {
            var card = new Card();
            if (entry.coverFile() != null) {
                var cover = new Image(FileStore.url(entry.coverFile()), "");
                cover.setWidthFull();
                card.setMedia(cover);
            }
            card.setTitle(new Span(entry.title()));
            card.setSubtitle(new Paragraph((entry.instructor().isBlank() ? "" : entry.instructor() + " · ")
                    + Counted.MODULES.of(entry.modules())
                    + (entry.estimatedMinutes() == null ? "" : " · " + entry.estimatedMinutes() + " min")));
            card.add(new Paragraph(
                    entry.descriptionText().length() > 160
                            ? entry.descriptionText().substring(0, 157) + "…"
                            : entry.descriptionText()));
            card.addToFooter(new Button(
                    "View course",
                    click -> getUI().ifPresent(
                                    ui -> ui.navigate(CoursePageView.class, CoursePageView.parameters(entry.id())))));
            cards.add(card);
        });
        if (page.isEmpty()) {
            cards.add(new EmptyState(
                    search.getValue().isBlank()
                            ? "No courses published yet"
                            : "No course matches \"" + search.getValue() + "\"",
                    "Published courses of your organization appear here."));
        }
    }
}
