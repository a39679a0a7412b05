package io.lyceum.course;

import org.jspecify.annotations.Nullable;

/**
 * One row of a course outline: a section heading or a module. In an outline, a module belongs to
 * the nearest section above it (none if it comes before every section).
 */
public record OutlineItem(
        Type type,
        long id,
        String title,
        @Nullable ModuleKind kind,
        boolean required,
        boolean published,
        @Nullable Long sectionId) {

    public enum Type {
        SECTION,
        MODULE
    }

    public boolean isSection() {
        return type == Type.SECTION;
    }

    /** The identity of the row, as reorder requests carry it. */
    public Ref ref() {
        return new Ref(type, id);
    }

    public record Ref(Type type, long id) {}
}
