package io.lyceum.course.content;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import io.lyceum.course.StudentModule;
import io.lyceum.course.VideoSource;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders one module for a student: sanitized HTML for text, the provider's player or an HTML5
 * video for video. Used by "preview as student" and by the course player. A video's player gives
 * way to a message and a link to the video at its provider when the browser reports that it cannot
 * load ({@link #showUnavailable()}), rather than stay a large empty box.
 */
public class ModuleContent extends Div {

    /** A player whose watching can be followed: a {@code <video>} or a provider's iframe. */
    public record Watchable(Element element, VideoSource.Provider provider) {}

    private @Nullable Watchable watchable;
    private @Nullable Div player;
    private @Nullable Div fallback;

    public ModuleContent(StudentModule module) {
        addClassName("module-content");
        add(new H2(module.title()));
        switch (module.kind()) {
            case TEXT, ASSIGNMENT -> add(html(module.html() == null ? "" : module.html()));
            case VIDEO -> {
                if (module.video() == null) {
                    add(new Paragraph(getTranslation("video.no-link")));
                } else {
                    Div player = player(module.video(), module.title());
                    this.player = player;
                    fallback = fallback(module.video());
                    fallback.setVisible(false);
                    add(player, fallback);
                    watchable = player.getElement()
                            .getChildren()
                            .filter(child -> "video".equals(child.getTag()) || "iframe".equals(child.getTag()))
                            .findFirst()
                            .map(element ->
                                    new Watchable(element, module.video().provider()))
                            .orElse(null);
                }
            }
            // What the quiz asks of the student: its questions, passing score and attempts.
            case QUIZ ->
                add(module.html() == null ? new Paragraph(getTranslation("module-content.quiz")) : html(module.html()));
        }
    }

    /** The video's player, for the course player to follow how much of it the student watched. */
    public Optional<Watchable> watchable() {
        return Optional.ofNullable(watchable);
    }

    /**
     * The video's player could not load (offline, blocked, removed, private): it makes way for a
     * message and the link to open the video elsewhere.
     */
    public void showUnavailable() {
        if (player != null && fallback != null) {
            player.setVisible(false);
            fallback.setVisible(true);
        }
    }

    /** What stands in for a video whose player cannot load here: why, and the way to watch it. */
    public static Div fallback(VideoSource video) {
        var link = new Anchor();
        link.setHref(video.url());
        link.setText(link.getTranslation("video.open." + video.provider().name().toLowerCase(Locale.ROOT)));
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        var fallback = new Div(new Paragraph(link.getTranslation("video.unavailable")), link);
        fallback.addClassName("video-fallback");
        fallback.getElement().setAttribute("role", "status");
        return fallback;
    }

    /** Markdown already rendered and sanitized by the course service: safe to insert as HTML. */
    public static Div html(String sanitizedHtml) {
        var body = new Div();
        body.addClassName("markdown");
        body.getElement().setProperty("innerHTML", sanitizedHtml);
        return body;
    }

    public static Div player(VideoSource video, String title) {
        var frame = new Div();
        frame.addClassName("video-frame");
        switch (video.provider()) {
            case MP4, HLS -> {
                var element = new Element("video");
                element.setAttribute("controls", true);
                element.setAttribute("preload", "metadata");
                element.setAttribute("src", video.embedUrl());
                element.setAttribute("aria-label", title);
                frame.getElement().appendChild(element);
            }
            default -> {
                // YouTube's player answers its IFrame API only when asked to in its address.
                var iframe = new IFrame(
                        video.provider() == VideoSource.Provider.YOUTUBE
                                ? video.embedUrl() + "?enablejsapi=1"
                                : video.embedUrl());
                iframe.setTitle(title);
                iframe.setAllow("fullscreen; picture-in-picture; encrypted-media");
                iframe.getElement().setAttribute("allowfullscreen", true);
                frame.add(iframe);
            }
        }
        return frame;
    }
}
