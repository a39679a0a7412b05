package io.lyceum.base.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lyceum.base.validation.ConstraintMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one way Lyceum reads an uploaded CSV, robust to the files people really have: the encoding
 * recognised ({@link UploadedText}), the separator (comma, semicolon or tab) detected from the
 * header line, CRLF, CR or LF line ends, quoted cells holding separators or line breaks, header
 * names matched loosely and by synonyms ({@link CsvColumn}), unknown columns ignored and named in
 * the notice, blank lines skipped. A row with fewer or more cells than the header is that row's
 * problem, named with its line; only a file that cannot be read at all (not text, empty, no header
 * row, a required column missing) is refused as a whole, with what to do
 * ({@link UnreadableTextException}).
 *
 * @param separator the separator the header line uses
 * @param columns the expected columns the file has, by key, with the header cell's own name
 * @param ignored header names that are no expected column (or a second one of the same)
 * @param rows the data rows, in file order
 * @param readAsWindows1252 the file was not UTF-8 and was read as Windows-1252
 */
public record CsvTable(
        char separator, Map<String, String> columns, List<String> ignored, List<Row> rows, boolean readAsWindows1252) {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    public CsvTable {
        columns = Map.copyOf(columns);
        ignored = List.copyOf(ignored);
        rows = List.copyOf(rows);
    }

    /**
     * One data row: its line in the file (where it starts: a quoted cell may span lines), its cells
     * by column key (blank for a column the file lacks or the row leaves out), and why it cannot be
     * taken as it is.
     */
    public record Row(
            int line, Map<String, String> cells, @Nullable Problem problem) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The row's cell of the column, stripped; empty when the file or the row has none. */
        public String get(CsvColumn column) {
            return cells.getOrDefault(column.key(), "");
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** What is wrong with a row, worded when read (imports run in the background, in their starter's language). */
    public record Problem(String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public String message() {
            return ConstraintMessages.get(key, arguments.toArray());
        }
    }

    /**
     * Reads the file as a table of the columns expected.
     *
     * @throws UnreadableTextException the file is no CSV that can be read, with what to do
     */
    public static CsvTable read(byte[] data, List<CsvColumn> expected) {
        UploadedText text = UploadedText.decode(data);
        if (text.text().isBlank()) {
            throw new UnreadableTextException("csv.empty");
        }
        char separator = separator(firstLine(text.text()));
        List<CsvRecord> records;
        try (var reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text.text())) {
            records = reader.stream().filter(record -> !blank(record)).toList();
        } catch (CsvParseException | java.io.IOException | java.io.UncheckedIOException e) {
            throw new UnreadableTextException("csv.unreadable", String.valueOf(e.getMessage()));
        }
        if (records.isEmpty()) {
            throw new UnreadableTextException("csv.empty");
        }
        List<String> header = records.getFirst().getFields().stream()
                .map(name -> name.replace("\uFEFF", "").strip())
                .toList();
        // Header position -> column key; a header cell naming no column (or one named before) is ignored.
        var keys = new String[header.size()];
        var columns = new LinkedHashMap<String, String>();
        var ignored = new ArrayList<String>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            var column = expected.stream()
                    .filter(candidate -> !columns.containsKey(candidate.key()) && candidate.matches(name))
                    .findFirst();
            if (column.isPresent()) {
                keys[i] = column.get().key();
                columns.put(column.get().key(), name);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        var missing = expected.stream()
                .filter(column -> column.required() && !columns.containsKey(column.key()))
                .map(CsvColumn::key)
                .toList();
        if (!missing.isEmpty()) {
            throw new UnreadableTextException(
                    "csv.missing-columns",
                    String.join(", ", missing),
                    header.isEmpty() ? "—" : String.join(", ", header),
                    expected.stream().map(CsvColumn::key).collect(Collectors.joining(", ")));
        }
        var rows = new ArrayList<Row>();
        for (CsvRecord record : records.subList(1, records.size())) {
            int line = (int) record.getStartingLineNumber();
            var cells = new LinkedHashMap<String, String>();
            for (int i = 0; i < Math.min(keys.length, record.getFieldCount()); i++) {
                if (keys[i] != null) {
                    cells.put(keys[i], record.getField(i).strip());
                }
            }
            Problem problem = record.getFieldCount() == header.size()
                    ? null
                    : new Problem("csv.field-count", List.of(line, record.getFieldCount(), header.size()));
            rows.add(new Row(line, cells, problem));
        }
        return new CsvTable(separator, columns, ignored, rows, text.readAsWindows1252());
    }

    /** Whether the file has the column (its header names it). */
    public boolean has(CsvColumn column) {
        return columns.containsKey(column.key());
    }

    /**
     * What the person importing should know about how the file was read, in the language of whoever
     * reads it now: that it was read as Windows-1252, which columns were ignored; null when nothing.
     */
    public @Nullable String notice() {
        var notices = new ArrayList<String>();
        if (readAsWindows1252) {
            notices.add(ConstraintMessages.get("text-file.read-as-windows-1252"));
        }
        if (!ignored.isEmpty()) {
            notices.add(ConstraintMessages.get("csv.ignored-columns", ignored.size(), String.join(", ", ignored)));
        }
        return notices.isEmpty() ? null : String.join(" ", notices);
    }

    private static boolean blank(CsvRecord record) {
        return record.getFields().stream().allMatch(String::isBlank);
    }

    /** The first line that is not blank: the header. */
    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** The separator the header line uses most, outside quotes; a comma when it has none (one column). */
    static char separator(String headerLine) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < SEPARATORS.length && !quoted; i++) {
                counts[i] += c == SEPARATORS[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < SEPARATORS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS[best];
    }
}
