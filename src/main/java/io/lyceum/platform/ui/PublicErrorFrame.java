package io.lyceum.platform.ui;

import io.lyceum.base.ui.ErrorPageFrame;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Error pages on the base domain: in the public site's layout, with the way back to its home page. */
@Component
class PublicErrorFrame implements ErrorPageFrame {

    static final String HOME = "Go to Lyceum's home page";

    @Override
    public Optional<Frame> current() {
        return TenantContext.current().isPresent()
                ? Optional.empty()
                : Optional.of(new Frame(PublicLayout.class, HOME, "/"));
    }
}
