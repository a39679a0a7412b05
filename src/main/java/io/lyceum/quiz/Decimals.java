package io.lyceum.quiz;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads decimal numbers typed by people: "3.14", "3,14", "-2", "1e3". */
final class Decimals {

    // Double.parseDouble alone would also accept "NaN", "Infinity", "0x1p3" and "2f", which no one means as an answer.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private Decimals() {}

    static OptionalDouble parse(String text) {
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            return OptionalDouble.empty();
        }
        double parsed = Double.parseDouble(value.replace(',', '.'));
        return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
    }
}
