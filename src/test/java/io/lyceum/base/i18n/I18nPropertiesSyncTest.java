package io.lyceum.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every message, and every message is valid ICU syntax (after petclinic's test). */
class I18nPropertiesSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void german_has_exactly_the_keys_of_english_and_no_message_is_blank(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties german = load(bundle + "_de.properties");
        assertThat(german.stringPropertyNames())
                .as("keys of %s_de", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Properties language : new Properties[] {english, german}) {
            language.forEach(
                    (key, value) -> assertThat((String) value).as("%s", key).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_de.properties"})
    void every_ui_message_parses_as_icu(String file) throws IOException {
        Properties messages = load("i18n/" + file);
        for (String key : messages.stringPropertyNames()) {
            assertThatNoException()
                    .as("%s in %s", key, file)
                    .isThrownBy(() -> new MessageFormat(messages.getProperty(key), ULocale.GERMAN));
        }
    }

    /** A key written twice keeps only its last message, silently: each key is written once. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "i18n/messages.properties",
                "i18n/messages_de.properties",
                "ValidationMessages.properties",
                "ValidationMessages_de.properties"
            })
    void no_key_is_written_twice(String resource) throws IOException {
        var seen = new HashSet<String>();
        var twice = new TreeSet<String>();
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            var text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
            text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key))
                    .forEach(twice::add);
        }
        assertThat(twice).as("keys written twice in %s", resource).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
            return properties;
        }
    }
}
