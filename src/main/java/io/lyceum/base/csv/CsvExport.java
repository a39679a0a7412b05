package io.lyceum.base.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one way Lyceum writes CSV. Every cell is defused against spreadsheet formula injection: a
 * cell starting with {@code = + - @}, tab or carriage return (or the full-width {@code ＝ ＋ － ＠}
 * that some spreadsheets also run) gets a leading apostrophe, so Excel, LibreOffice and Sheets show
 * it as text. No library does this; names and emails are user input. The file starts with a UTF-8
 * byte order mark, without which Excel reads UTF-8 as Windows-1252 ("ZoÃ«").
 */
public final class CsvExport implements AutoCloseable {

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private final CsvWriter writer;

    private CsvExport(CsvWriter writer) {
        this.writer = writer;
    }

    /** A CSV written to {@code out}, which is closed with it. */
    public static CsvExport open(OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvExport(
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8));
    }

    public CsvExport row(String... cells) {
        return row(List.of(cells));
    }

    public CsvExport row(List<String> cells) {
        writer.writeRecord(cells.stream().map(CsvExport::escape).toList());
        return this;
    }

    static String escape(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
