package io.lyceum.base.csv;

import io.lyceum.base.upload.FileSignature;
import io.lyceum.base.validation.ConstraintMessages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded text file (CSV, GIFT) decoded in the encoding it really has. A byte order mark
 * decides (UTF-8, UTF-16 as Excel's "Unicode text" writes it); without one, UTF-16 is recognised by
 * its zero bytes, UTF-8 must decode strictly, and anything else is read as Windows-1252 (what
 * Excel's plain "CSV" writes in Western Europe, a superset of Latin-1) with a notice for the
 * person importing. Spreadsheets and binary files are refused with what to do instead.
 *
 * @param readAsWindows1252 the file was not UTF-8 and was read as Windows-1252
 */
public record UploadedText(String text, boolean readAsWindows1252) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * What the person should know about how the file was read, in the language of whoever reads it
     * now (files are decoded on the upload's request, their notice shown later on the screen); null
     * when it was UTF-8.
     */
    public @Nullable String notice() {
        return readAsWindows1252 ? ConstraintMessages.get("text-file.read-as-windows-1252") : null;
    }

    public static UploadedText decode(byte[] data) {
        if (FileSignature.startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(data, 3);
        }
        if (FileSignature.startsWith(data, 0xFF, 0xFE)) {
            return new UploadedText(new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE), false);
        }
        if (FileSignature.startsWith(data, 0xFE, 0xFF)) {
            return new UploadedText(new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE), false);
        }
        if (FileSignature.startsWith(data, 'P', 'K', 3, 4) || FileSignature.startsWith(data, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableTextException("text-file.workbook");
        }
        Charset utf16 = utf16WithoutBom(data);
        if (utf16 != null) {
            return new UploadedText(new String(data, utf16), false);
        }
        if (indexOfZero(data) >= 0) {
            throw new UnreadableTextException("text-file.binary");
        }
        try {
            return strictUtf8(data, 0);
        } catch (UnreadableTextException notUtf8) {
            return new UploadedText(new String(data, WINDOWS_1252), true);
        }
    }

    private static UploadedText strictUtf8(byte[] data, int offset) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, data.length - offset))
                    .toString();
            return new UploadedText(text, false);
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException("text-file.not-utf8");
        }
    }

    /** UTF-16 without a byte order mark: ASCII text has a zero in every other byte. */
    private static @Nullable Charset utf16WithoutBom(byte[] data) {
        int pairs = data.length / 2;
        if (pairs < 2 || data.length % 2 != 0) {
            return null;
        }
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i + 1 < data.length; i += 2) {
            zeroLow += data[i] == 0 ? 1 : 0;
            zeroHigh += data[i + 1] == 0 ? 1 : 0;
        }
        // Mostly ASCII: nearly every code unit has one zero byte, on the same side.
        if (zeroHigh >= pairs * 0.9 && zeroLow <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroLow >= pairs * 0.9 && zeroHigh <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int indexOfZero(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
