package io.lyceum.shell;

import com.vaadin.flow.component.Component;
import io.lyceum.identity.LyceumUser;
import java.util.Optional;

/**
 * A notice a module shows above every page of the organization (a failed payment, say), for the
 * signed-in person; asked again on each navigation. Modules below the shell provide it as a bean.
 */
public interface LayoutNotice {

    Optional<Component> notice(LyceumUser user);
}
