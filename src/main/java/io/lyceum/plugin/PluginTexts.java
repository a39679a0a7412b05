package io.lyceum.plugin;

import io.lyceum.base.i18n.Translations;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A plugin's words in the reader's language: the messages {@code plugin.<id>.name} and
 * {@code plugin.<id>.description}, else the words the plugin declares (as navigation entries do).
 */
@Component
public class PluginTexts {

    private final Translations translations;

    PluginTexts(Translations translations) {
        this.translations = translations;
    }

    public String name(LyceumPlugin plugin, Locale locale) {
        return translations.find("plugin." + plugin.id() + ".name", locale).orElse(plugin.name());
    }

    public String description(LyceumPlugin plugin, Locale locale) {
        return translations
                .find("plugin." + plugin.id() + ".description", locale)
                .orElse(plugin.description());
    }

    /** Why the plugin cannot be installed here, for an admin; empty when its plan includes it. */
    public Optional<String> unavailableReason(PluginState state, Locale locale) {
        return state.inPlan()
                ? Optional.empty()
                : Optional.of(translations.getTranslation(
                        "plugins.not-in-plan", locale, name(state.plugin(), locale), state.planName()));
    }
}
