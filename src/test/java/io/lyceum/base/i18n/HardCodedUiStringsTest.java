package io.lyceum.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words a person reads come from the bundles, never from a literal in a view: a literal starting
 * with a capital letter handed to a component's text (label, heading, button, helper, notification,
 * page title) fails here.
 */
class HardCodedUiStringsTest {

    private static final Pattern UI_TEXT = Pattern.compile("(new (Button|H1|H2|H3|H4|Paragraph|Span|TextField|TextArea|"
            + "EmailField|PasswordField|IntegerField|BigDecimalField|Checkbox|Anchor|RadioButtonGroup|ComboBox|"
            + "MultiSelectComboBox|DatePicker|Details|Tab|SideNavItem|ConfirmDialog|EmptyState|PageHeader|ListItem)"
            + "\\(\"[A-Z]"
            + "|\\.(setText|setHelperText|setPlaceholder|setLabel|setHeaderTitle|setTitle|setErrorMessage|"
            + "setConfirmText|setCancelText|setRejectText|setHeader|setTooltipText|setAriaLabel|setEmptyStateText|"
            + "addItem|setHeaderText)\\(\"[A-Z]"
            + "|(Notification\\.show|Toast\\.success|Toast\\.info|Toast\\.error)\\(\"[A-Z]|@PageTitle\\(\""
            // Words kept in a constant of a view are still words in Java.
            + "|static final String [A-Z_]+ = \"[A-Z][a-z']* [^\"]*\")");

    private static final Path SOURCES = Path.of("src/main/java/io/lyceum");

    @Test
    void views_take_their_words_from_the_bundles() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("import com.vaadin.flow.component.")) {
                    continue;
                }
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                var lines = source.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (UI_TEXT.matcher(lines.get(i)).find()) {
                        hardCoded.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(hardCoded)
                .as("UI text written in Java instead of i18n/messages.properties")
                .isEmpty();
    }
}
