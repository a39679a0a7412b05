package io.lyceum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet formula injection: no cell of an export starts what a spreadsheet would run. */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"https://evil.example\",\"x\")",
                "+1+1",
                "-2+3",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "＝HYPERLINK(\"x\")",
                "＋1",
                "－1",
                "＠SUM(A1)"
            })
    void a_cell_that_would_start_a_formula_is_written_as_text(String cell) {
        assertThat(CsvExport.escape(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ada Lovelace", "ada@example.com", "2026-01-01 10:00", "50", "a=b", "x-y"})
    void ordinary_cells_are_written_as_they_are(String cell) {
        assertThat(CsvExport.escape(cell)).isEqualTo(cell);
    }

    @Test
    void every_cell_of_every_row_is_escaped_and_excel_is_told_it_is_utf8() {
        var out = new ByteArrayOutputStream();
        try (var csv = CsvExport.open(out)) {
            csv.row("Name", "Email");
            csv.row(List.of("=cmd|' /C calc'!A0", "Zoë Łukasiewicz"));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFName,Email\r\n'=cmd|' /C calc'!A0,Zoë Łukasiewicz\r\n");
    }
}
