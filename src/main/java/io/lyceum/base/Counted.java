package io.lyceum.base;

import java.math.BigDecimal;

/**
 * Things people read a number of: "1 member", "2 members". The one place these words live, so
 * that every count on a page, in a message or on a certificate agrees on them; when messages move
 * to resource bundles, each constant becomes one ICU plural ({@code {0, plural, one {# member}
 * other {# members}}}).
 */
public enum Counted {
    ATTEMPTS("attempt", "attempts"),
    COURSES("course", "courses"),
    DAYS("day", "days"),
    HOURS("hour", "hours"),
    INSTRUCTORS("instructor", "instructors"),
    MEMBERS("member", "members"),
    MINUTES("minute", "minutes"),
    MODULES("module", "modules"),
    PLUGINS("plugin", "plugins"),
    POINTS("point", "points"),
    QUESTIONS("question", "questions"),
    ROWS("row", "rows"),
    SECONDS("second", "seconds"),
    STUDENTS("student", "students");

    private final String one;
    private final String other;

    Counted(String one, String other) {
        this.one = one;
        this.other = other;
    }

    /** The count with its word: "1 member", "0 members", "3 members". */
    public String of(long count) {
        return count + " " + (count == 1 ? one : other);
    }

    /** A count that may have decimals, as written: "1 hour", "1.5 hours". */
    public String of(BigDecimal count) {
        BigDecimal plain = count.stripTrailingZeros();
        return plain.toPlainString() + " " + (plain.compareTo(BigDecimal.ONE) == 0 ? one : other);
    }
}
