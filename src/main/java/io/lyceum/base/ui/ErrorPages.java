package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Anchor;
import io.lyceum.base.ui.ErrorPageFrame.Frame;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every error page has: its frame for the current request (see {@link ErrorPageFrame}) and its
 * way on; the page's shape is {@link ErrorPage}'s, styled by classes only
 * ({@code themes/lyceum/error-pages.css}). The pages never show an exception's text.
 */
@Component
public class ErrorPages {

    /** When no module's frame fits (none should be missing): a bare page with the way to the start. */
    static final Frame BARE = new Frame(BareLayout.class, "error.go-home", "/");

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

    /** The way on of an error page answering the current request: the frame's home, in the page's language. */
    public Anchor home(ErrorPage page) {
        Frame frame = frame();
        return action(page.getTranslation(frame.homeLabelKey()), frame.homeHref());
    }

    /** A way on from an error page, shown as its one action. */
    public static Anchor action(String label, String href) {
        var action = new Anchor(href, label);
        action.addClassName("error-action");
        return action;
    }
}
