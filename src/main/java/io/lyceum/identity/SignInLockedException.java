package io.lyceum.identity;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused for now after too many failures. It is made while the login form's request is
 * authenticated, where nobody's language is known, and read later by the login page: its message is
 * worded when read, in the language of the page that shows it (English in a log).
 */
final class SignInLockedException extends LockedException {

    private final LoginThrottle.Refusal refusal;

    SignInLockedException(LoginThrottle.Refusal refusal) {
        super(refusal.kind().name());
        this.refusal = refusal;
    }

    LoginThrottle.Refusal refusal() {
        return refusal;
    }

    @Override
    public String getMessage() {
        return refusal.message();
    }
}
