package io.lyceum.grading;

import java.util.List;

/** A course's gradebook columns and rules: its items in outline order, categories, and letter scale (highest first). */
public record GradebookSetup(
        long courseId,
        String title,
        List<GradebookItem> items,
        List<GradebookCategory> categories,
        List<GradeLetter> letters,
        boolean defaultLetters) {

    public GradebookSetup {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        letters = List.copyOf(letters);
    }
}
