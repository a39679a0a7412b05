package io.lyceum.identity;

import io.lyceum.base.validation.ConstraintMessages;
import org.springframework.security.authentication.DisabledException;

/**
 * Sign-in refused: an admin deactivated the account. Only someone who gave the right password sees
 * it; worded when read, in the language of the login page that shows it (English in a log).
 */
final class AccountDeactivatedException extends DisabledException {

    AccountDeactivatedException() {
        super("deactivated");
    }

    @Override
    public String getMessage() {
        return ConstraintMessages.get("login.deactivated");
    }
}
