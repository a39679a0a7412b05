package io.lyceum.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

/**
 * Short notices about what a person just did ("Module completed", "Course published"), scoped to
 * the view that raised them: a notice closes when the person navigates anywhere, another page or
 * another module of the same view (Vaadin reuses a view whose route parameters change, so waiting
 * for it to detach would not do). {@code Notification.show} alone keeps it on the UI for its whole
 * duration, so it followed the student onto the next modules.
 *
 * <p>Raise notices from actions (clicks, uploads, browser callbacks), never while a page is being
 * entered: the navigation under way would close them at once.
 */
public final class Toast {

    /** How long a notice stays, unless the person moves on first. */
    public static final int DURATION_MS = 5000;
    /** Refusals stay longer, in the middle of the page: they say what to do. */
    public static final int ERROR_DURATION_MS = 8000;

    private Toast() {}

    /** A neutral notice ("Course unpublished: students no longer see it"). */
    public static Notification info(String text) {
        return show(text, DURATION_MS, Notification.Position.BOTTOM_START);
    }

    /** Something done as asked ("Module saved"). */
    public static Notification success(String text) {
        var notification = show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** A refusal and its reason. */
    public static Notification error(String text) {
        var notification = show(text, ERROR_DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    private static Notification show(String text, int duration, Notification.Position position) {
        var notification = Notification.show(text, duration, position);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Registration[] navigation = new Registration[1];
            navigation[0] = ui.addAfterNavigationListener(event -> notification.close());
            notification.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    navigation[0].remove();
                }
            });
        }
        return notification;
    }
}
