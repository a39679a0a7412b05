package io.lyceum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text files as people really have them: the encoding is recognised, or the problem is named. */
class UploadedTextTest {

    private static final String NAMES = "email,first_name,last_name\njose@example.com,José,Martínez\n";

    @Test
    void utf8_with_or_without_a_bom_is_read_as_it_is() {
        assertThat(UploadedText.decode(NAMES.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo(NAMES);
        var withBom = UploadedText.decode(("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_8));
        assertThat(withBom.text()).isEqualTo(NAMES);
        assertThat(withBom.notice()).isNull();
    }

    @Test
    void latin1_is_recognised_and_read_as_windows_1252_with_a_notice() {
        var decoded = UploadedText.decode(NAMES.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo(NAMES).doesNotContain("\uFFFD");
        assertThat(decoded.notice()).contains("not UTF-8").contains("Windows-1252");
        // Windows-1252's own characters (curly quotes, €) too.
        var cp1252 = UploadedText.decode("name\n“Zoë” €5\n".getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.text()).isEqualTo("name\n“Zoë” €5\n");
    }

    @Test
    void utf16_from_excel_unicode_text_is_read() {
        assertThat(UploadedText.decode(("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_16LE))
                        .text())
                .isEqualTo(NAMES);
        assertThat(UploadedText.decode(("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_16BE))
                        .text())
                .isEqualTo(NAMES);
        assertThat(UploadedText.decode(NAMES.getBytes(StandardCharsets.UTF_16LE))
                        .text())
                .isEqualTo(NAMES);
    }

    @Test
    void a_spreadsheet_or_binary_file_is_refused_with_what_to_do() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThatThrownBy(() -> UploadedText.decode(xlsx))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("Excel workbook")
                .hasMessageContaining("CSV UTF-8");
        byte[] binary = {1, 2, 0, 0, 0, 7, (byte) 0xFF, 0, 0, 0, 9};
        assertThatThrownBy(() -> UploadedText.decode(binary))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("not a text file");
    }
}
