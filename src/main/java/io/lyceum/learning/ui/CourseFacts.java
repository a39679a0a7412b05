package io.lyceum.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import io.lyceum.base.ui.CoverArt;
import io.lyceum.course.CourseCatalog;
import io.lyceum.files.FileStore;
import java.util.ArrayList;
import java.util.List;

/** What a course's card and its page say about it, in the same words: cover, instructor, modules, time. */
final class CourseFacts {

    private CourseFacts() {}

    /** The uploaded cover, or a pattern of the course's own made from its title. */
    static Component cover(CourseCatalog.Entry entry) {
        if (entry.coverFile() == null) {
            return new CoverArt(entry.title());
        }
        var cover = new Image(FileStore.url(entry.coverFile()), "");
        cover.addClassName("course-cover");
        return cover;
    }

    /** "Ada Admin · 3 modules · 1 h 30 min". */
    static String line(Component reader, CourseCatalog.Entry entry) {
        return entry.instructor().isBlank()
                ? contents(reader, entry)
                : entry.instructor() + " · " + contents(reader, entry);
    }

    /** "3 modules · 1 h 30 min": where the instructor is named on their own. */
    static String contents(Component reader, CourseCatalog.Entry entry) {
        List<String> facts = new ArrayList<>();
        facts.add(reader.getTranslation("catalog.modules", entry.modules()));
        if (entry.estimatedMinutes() != null) {
            facts.add(duration(reader, entry.estimatedMinutes()));
        }
        return String.join(" · ", facts);
    }

    /** "45 min", "1 h 30 min", "2 h". */
    static String duration(Component reader, int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return reader.getTranslation("duration.minutes", rest);
        }
        return rest == 0
                ? reader.getTranslation("duration.hours", hours)
                : reader.getTranslation("duration.hours-minutes", hours, rest);
    }
}
