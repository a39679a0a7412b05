package io.lyceum.course;

import java.util.List;

/** A course's sections and modules in order, and the version they were read at. */
public record Outline(long courseId, String title, CourseStatus status, long version, List<OutlineItem> items) {

    public Outline {
        items = List.copyOf(items);
    }

    public List<OutlineItem> modules() {
        return items.stream().filter(item -> !item.isSection()).toList();
    }
}
