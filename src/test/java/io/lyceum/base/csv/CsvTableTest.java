package io.lyceum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of file people import, read by the one CSV reader: rows by column, problems by line. */
class CsvTableTest {

    private static final List<CsvColumn> PEOPLE = List.of(
            CsvColumn.EMAIL.asRequired(),
            CsvColumn.FIRST_NAME,
            CsvColumn.LAST_NAME,
            CsvColumn.NAME,
            CsvColumn.ROLE,
            CsvColumn.COHORT);

    private static CsvTable read(String text, Charset charset) {
        return CsvTable.read(text.getBytes(charset), PEOPLE);
    }

    private static CsvTable read(String text) {
        return read(text, StandardCharsets.UTF_8);
    }

    @Test
    void utf8_with_and_without_a_bom_reads_the_same_rows() {
        String file = "email,first_name,last_name\nzoe@example.com,Zoë,Łukasiewicz\n";
        for (var table : List.of(read(file), read("\uFEFF" + file))) {
            assertThat(table.rows()).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.get(CsvColumn.EMAIL)).isEqualTo("zoe@example.com");
                assertThat(row.get(CsvColumn.FIRST_NAME)).isEqualTo("Zoë");
                assertThat(row.get(CsvColumn.LAST_NAME)).isEqualTo("Łukasiewicz");
                assertThat(row.ok()).isTrue();
            });
            assertThat(table.notice()).isNull();
        }
    }

    @Test
    void windows_1252_is_read_with_its_accents_and_euro_sign_and_says_so() {
        var table = read(
                "email;first_name;last_name;cohort\nana@example.com;Ännchen;Béraud;€ course\n",
                Charset.forName("windows-1252"));
        assertThat(table.separator()).isEqualTo(';');
        var row = table.rows().getFirst();
        assertThat(row.get(CsvColumn.FIRST_NAME)).isEqualTo("Ännchen");
        assertThat(row.get(CsvColumn.LAST_NAME)).isEqualTo("Béraud");
        assertThat(row.get(CsvColumn.COHORT)).isEqualTo("€ course");
        assertThat(table.notice()).contains("Windows-1252");
    }

    @Test
    void excel_unicode_text_is_utf16_with_a_bom_and_tabs() {
        var table =
                read("\uFEFFE-Mail\tVorname\tNachname\r\nöz@example.com\tÖzge\tYılmaz\r\n", StandardCharsets.UTF_16LE);
        assertThat(table.separator()).isEqualTo('\t');
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(CsvColumn.EMAIL)).isEqualTo("öz@example.com");
            assertThat(row.get(CsvColumn.FIRST_NAME)).isEqualTo("Özge");
            assertThat(row.get(CsvColumn.LAST_NAME)).isEqualTo("Yılmaz");
        });
        assertThat(table.notice()).isNull();
    }

    @Test
    void the_separator_is_the_one_the_header_uses() {
        assertThat(read("email;name\na@example.com;A, B\n").rows().getFirst().get(CsvColumn.NAME))
                .isEqualTo("A, B");
        assertThat(read("email\tname\na@example.com\tA; B\n").rows().getFirst().get(CsvColumn.NAME))
                .isEqualTo("A; B");
        assertThat(read("email,name\na@example.com,A; B\n").rows().getFirst().get(CsvColumn.NAME))
                .isEqualTo("A; B");
        // One column: nothing to detect.
        assertThat(read("email\na@example.com\n").rows())
                .singleElement()
                .satisfies(row -> assertThat(row.get(CsvColumn.EMAIL)).isEqualTo("a@example.com"));
    }

    @Test
    void cr_only_crlf_and_lf_line_ends_count_lines_alike() {
        for (String end : List.of("\r", "\r\n", "\n")) {
            var table = read("email,name" + end + "a@example.com,A" + end + end + "b@example.com,B" + end);
            assertThat(table.rows()).extracting(CsvTable.Row::line).as(end).containsExactly(2, 4);
            assertThat(table.rows()).extracting(row -> row.get(CsvColumn.NAME)).containsExactly("A", "B");
        }
    }

    @Test
    void header_names_are_matched_loosely_and_by_synonym() {
        var table = read("  Email Address ;Given Name;Family-Name;Full Name;ROLE;Group\n"
                + "a@example.com;Ada;Lovelace;Ada Lovelace;Admin;Autumn\n");
        var row = table.rows().getFirst();
        assertThat(row.get(CsvColumn.EMAIL)).isEqualTo("a@example.com");
        assertThat(row.get(CsvColumn.FIRST_NAME)).isEqualTo("Ada");
        assertThat(row.get(CsvColumn.LAST_NAME)).isEqualTo("Lovelace");
        assertThat(row.get(CsvColumn.NAME)).isEqualTo("Ada Lovelace");
        assertThat(row.get(CsvColumn.ROLE)).isEqualTo("Admin");
        assertThat(row.get(CsvColumn.COHORT)).isEqualTo("Autumn");
        for (String email : List.of("email", "E-mail", "EMAIL", "e_mail", "Mail", "E-Mail-Adresse")) {
            assertThat(read(email + "\nx@example.com\n").has(CsvColumn.EMAIL))
                    .as(email)
                    .isTrue();
        }
        for (String first : List.of("first_name", "firstname", "First Name", "given name", "Vorname")) {
            assertThat(read("email," + first + "\nx@example.com,X\n").has(CsvColumn.FIRST_NAME))
                    .as(first)
                    .isTrue();
        }
        for (String last : List.of("last_name", "lastname", "Surname", "family name", "Nachname")) {
            assertThat(read("email," + last + "\nx@example.com,X\n").has(CsvColumn.LAST_NAME))
                    .as(last)
                    .isTrue();
        }
    }

    @Test
    void moodles_user_upload_columns_are_understood_and_the_rest_listed_as_ignored() {
        var table = read("username,firstname,lastname,email,cohort1,role1,course1\n"
                + "ada,Ada,Lovelace,ada@example.com,autumn-2026,student,MATH101\n");
        var row = table.rows().getFirst();
        assertThat(row.get(CsvColumn.EMAIL)).isEqualTo("ada@example.com");
        assertThat(row.get(CsvColumn.FIRST_NAME)).isEqualTo("Ada");
        assertThat(row.get(CsvColumn.LAST_NAME)).isEqualTo("Lovelace");
        assertThat(row.get(CsvColumn.COHORT)).isEqualTo("autumn-2026");
        assertThat(row.get(CsvColumn.ROLE)).isEqualTo("student");
        assertThat(table.ignored()).containsExactly("username", "course1");
        assertThat(table.notice()).isEqualTo("Ignored 2 columns the import does not use: username, course1.");
    }

    @Test
    void a_short_or_long_row_is_that_rows_problem_named_with_its_line() {
        var table = read("""
            email,first_name,last_name,cohort
            a@example.com,Ada,Lovelace,Autumn
            b@example.com,Bea,Baker
            c@example.com,Cy,Cole,Spring,extra
            d@example.com,Di,Dunn,Spring
            """);
        assertThat(table.rows()).extracting(CsvTable.Row::ok).containsExactly(true, false, false, true);
        assertThat(table.rows().get(1).problem().message()).isEqualTo("line 3 has 3 fields, the header has 4");
        assertThat(table.rows().get(2).problem().message()).isEqualTo("line 4 has 5 fields, the header has 4");
        // The cells it has are still there, for the report.
        assertThat(table.rows().get(1).get(CsvColumn.EMAIL)).isEqualTo("b@example.com");
        assertThat(table.rows().get(1).get(CsvColumn.COHORT)).isEmpty();
    }

    @Test
    void unknown_columns_are_ignored_and_listed() {
        var table = read("Email,Department,Phone\na@example.com,Sales,555\n");
        assertThat(table.ignored()).containsExactly("Department", "Phone");
        assertThat(table.rows().getFirst().cells()).containsOnlyKeys("email");
    }

    @Test
    void quoted_cells_hold_separators_quotes_and_line_breaks() {
        var table = read("email,name,cohort\r\n"
                + "a@example.com,\"Lovelace, Ada\",\"Autumn\r\nevening\"\r\n"
                + "b@example.com,\"Bea \"\"B\"\" Baker\",Spring\r\n");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).get(CsvColumn.NAME)).isEqualTo("Lovelace, Ada");
        assertThat(table.rows().get(0).get(CsvColumn.COHORT)).isEqualTo("Autumn\r\nevening");
        assertThat(table.rows().get(1).get(CsvColumn.NAME)).isEqualTo("Bea \"B\" Baker");
        // A quoted separator in the header does not count when detecting the separator.
        assertThat(read("\"notes; remarks\",email\nx,a@example.com\n").separator())
                .isEqualTo(',');
    }

    @Test
    void blank_lines_and_lines_of_empty_cells_are_skipped() {
        var table = read("\n\nemail,name\n\n,\na@example.com,A\n  \n");
        assertThat(table.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.line()).isEqualTo(6));
    }

    @Test
    void a_file_without_a_required_column_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> read("Name,Phone\nAda,555\n"))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessage("The file has no email column. Its first line must name the columns, for example: email,"
                        + " first_name, last_name, name, role, cohort (the first line of this file: Name,"
                        + " Phone).");
    }

    @Test
    void empty_binary_and_workbook_files_are_refused_as_a_whole() {
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("The file is empty.");
        assertThatThrownBy(() -> read("\n \r\n")).hasMessageStartingWith("The file is empty.");
        assertThatThrownBy(() -> CsvTable.read(new byte[] {'P', 'K', 3, 4, 0, 0}, PEOPLE))
                .isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("Excel workbook");
        assertThatThrownBy(() -> CsvTable.read(new byte[] {1, 2, 0, 9, 8, 0, 7}, PEOPLE))
                .hasMessageContaining("not a text file");
    }

    @Test
    void a_header_only_file_has_no_rows() {
        assertThat(read("email,name\n").rows()).isEmpty();
    }
}
