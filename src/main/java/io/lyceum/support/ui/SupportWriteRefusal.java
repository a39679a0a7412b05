package io.lyceum.support.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.base.ui.Toast;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * A change staff tried in support mode, refused by PostgreSQL (read-only transaction, SQL state
 * 25006), is told to them as such; any other error goes to Vaadin's default handling.
 */
@Component
class SupportWriteRefusal implements VaadinServiceInitListener {

    static final String READ_ONLY_TRANSACTION = "25006";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static boolean isSupportRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && READ_ONLY_TRANSACTION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static final class Handler implements ErrorHandler {

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui != null && isSupportRefusal(event.getThrowable())) {
                Toast.error(ui.getTranslation("support.write-refused"));
            } else {
                fallback.error(event);
            }
        }
    }
}
