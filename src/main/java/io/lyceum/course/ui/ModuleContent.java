package io.lyceum.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import io.lyceum.course.StudentModule;
import io.lyceum.course.VideoSource;

/**
 * Renders one module for a student: sanitized HTML for text, the provider's player or an HTML5
 * video for video. Used by "preview as student" and by the course player.
 */
public class ModuleContent extends Div {

    private @org.jspecify.annotations.Nullable Element video;

    public ModuleContent(StudentModule module) {
        addClassName("module-content");
        add(new H2(module.title()));
        switch (module.kind()) {
            case TEXT -> add(html(module.html() == null ? "" : module.html()));
            case VIDEO -> {
                if (module.video() == null) {
                    add(new Paragraph("This video has no link yet."));
                } else {
                    Div player = player(module.video(), module.title());
                    add(player);
                    video = player.getElement().getChildren()
                            .filter(child -> "video".equals(child.getTag())).findFirst().orElse(null);
                }
            }
            case QUIZ -> add(new Paragraph("Quiz"));
        }
    }

    /** The HTML5 video element, for players that report watching (MP4 and HLS links). */
    public java.util.Optional<Element> video() {
        return java.util.Optional.ofNullable(video);
    }

    /** Markdown already rendered and sanitized by the course service: safe to insert as HTML. */
    public static Div html(String sanitizedHtml) {
        var body = new Div();
        body.addClassName("markdown");
        body.getElement().setProperty("innerHTML", sanitizedHtml);
        return body;
    }

    static Div player(VideoSource video, String title) {
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
                var iframe = new IFrame(video.embedUrl());
                iframe.setTitle(title);
                iframe.setAllow("fullscreen; picture-in-picture; encrypted-media");
                iframe.getElement().setAttribute("allowfullscreen", true);
                frame.add(iframe);
            }
        }
        return frame;
    }
}
