package io.lyceum.portability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/** Polls once a second while a job of the list runs, then stops. */
final class Polling {

    private Polling() {}

    static void whileRunning(Component page, JobList jobs) {
        page.getUI().ifPresent(ui -> {
            ui.setPollInterval(1000);
            var registration = new Registration[1];
            registration[0] = ui.addPollListener(tick -> {
                if (!jobs.refresh()) {
                    ui.setPollInterval(-1);
                    registration[0].remove();
                }
            });
        });
    }
}
