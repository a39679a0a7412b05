package io.lyceum.identity;

import io.lyceum.base.i18n.Translations;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The UI language a member chose for themselves; without a choice, the browser's decides. Staff
 * on the base domain have none: their browser's language applies.
 */
@Service
public class LanguagePreference {

    private final UserRepository users;
    private final CurrentUser currentUser;

    LanguagePreference(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The signed-in member's chosen language; empty when nobody (or staff) is signed in, or no choice. */
    @Transactional(readOnly = true)
    public Optional<Locale> mine() {
        return currentUser
                .get()
                .filter(user -> !user.staff())
                .flatMap(user -> users.findById(user.id()))
                .flatMap(user -> Optional.ofNullable(user.language()))
                .map(Locale::forLanguageTag);
    }

    /**
     * A member's chosen language, for what is made for them while they are not at a screen (their
     * certificate, say); empty when they did not choose.
     */
    @Transactional(readOnly = true)
    public Optional<Locale> of(long userId) {
        return users.findById(userId)
                .flatMap(user -> Optional.ofNullable(user.language()))
                .map(Locale::forLanguageTag);
    }

    /** Records the signed-in member's choice among the languages Lyceum speaks; null: the browser's. */
    @Transactional
    @MembersOnly
    public void choose(@Nullable Locale language) {
        if (language != null && !Translations.LOCALES.contains(language)) {
            throw new IllegalArgumentException("Lyceum does not speak " + language);
        }
        LyceumUser user = currentUser.require();
        users.findById(user.id()).orElseThrow().language(language == null ? null : language.toLanguageTag());
    }
}
