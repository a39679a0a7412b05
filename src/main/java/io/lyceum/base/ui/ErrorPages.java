package io.lyceum.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import io.lyceum.base.ui.ErrorPageFrame.Frame;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every error page has: its frame for the current request (see {@link ErrorPageFrame}), and one
 * shape (a heading, one sentence saying what happened, one way on), styled by classes only
 * ({@code themes/lyceum/error-pages.css}). The pages never show an exception's text.
 */
@Component
public class ErrorPages {

    /** When no module's frame fits (none should be missing): a bare page with the way to the start. */
    static final Frame BARE = new Frame(BareLayout.class, "Go to the start page", "/");

    private final ObjectProvider<ErrorPageFrame> frames;

    ErrorPages(ObjectProvider<ErrorPageFrame> frames) {
        this.frames = frames;
    }

    /** The frame of an error page answering the current request. */
    public Frame frame() {
        return frames.orderedStream()
                .map(ErrorPageFrame::current)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(BARE);
    }

    /** The way on of an error page answering the current request: the frame's home. */
    public Anchor home() {
        Frame frame = frame();
        return action(frame.homeLabel(), frame.homeHref());
    }

    /** A way on from an error page, shown as its one action. */
    public static Anchor action(String label, String href) {
        var action = new Anchor(href, label);
        action.addClassName("error-action");
        return action;
    }

    /** Fills the page: heading, what happened, any detail (a reference), the one way on. */
    public static void show(
            HasComponents page, String heading, String whatHappened, Anchor action, Paragraph... details) {
        page.removeAll();
        page.add(new H1(heading), new Paragraph(whatHappened));
        page.add(details);
        page.add(action);
    }
}
