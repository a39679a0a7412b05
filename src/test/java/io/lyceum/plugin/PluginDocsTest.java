package io.lyceum.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every plugin documents itself (seed 004: "documentation is half the work"). */
@LyceumIntegrationTest
class PluginDocsTest {

    static final List<String> REQUIRED_SECTIONS =
            List.of("## Installation", "## Configuration", "## Data model", "## UI", "## Events");

    @Autowired
    PluginRegistry registry;

    @Test
    void each_plugin_has_a_doc_page_with_the_required_sections() throws Exception {
        assertThat(registry.all()).extracting(LyceumPlugin::id).contains("courses", "certificates");
        for (LyceumPlugin plugin : registry.all()) {
            Path page = Path.of("docs", "plugins", plugin.id() + ".md");
            assertThat(page).as("doc page of " + plugin.id()).exists();
            String text = Files.readString(page);
            assertThat(text).as(page.toString()).startsWith("# " + plugin.name());
            for (String section : REQUIRED_SECTIONS) {
                assertThat(text).as(page + " needs " + section).contains("\n" + section + "\n");
            }
            for (String event : plugin.publishedEvents()) {
                assertThat(text).as(page + " documents " + event).contains(event);
            }
        }
    }
}
