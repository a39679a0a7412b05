package io.lyceum.learning.ui;

import com.vaadin.flow.component.Component;
import io.lyceum.base.ui.Badge;
import io.lyceum.learning.RequiredCourses;

/** "Required — due in 5 days", "Required — overdue by 2 days", "Required — done", in the reader's language. */
final class RequiredBadge {

    static final String CLASS_NAME = "required-badge";

    private RequiredBadge() {}

    static Badge of(Component page, RequiredCourses.Requirement requirement) {
        var badge = new Badge(text(page, requirement), tone(requirement));
        badge.addClassName(CLASS_NAME);
        return badge;
    }

    static String text(Component page, RequiredCourses.Requirement requirement) {
        return switch (requirement.standing()) {
            case DONE -> page.getTranslation("required.badge.done");
            case OVERDUE -> page.getTranslation("required.badge.overdue", requirement.days());
            case DUE ->
                requirement.dueOn() == null || requirement.days() == 0
                        ? page.getTranslation("required.badge.due-today")
                        : page.getTranslation("required.badge.due", requirement.days());
        };
    }

    private static Badge.Tone tone(RequiredCourses.Requirement requirement) {
        return switch (requirement.standing()) {
            case DONE -> Badge.Tone.SUCCESS;
            case OVERDUE -> Badge.Tone.ERROR;
            case DUE -> Badge.Tone.PRIMARY;
        };
    }
}
