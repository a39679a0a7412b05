package io.lyceum.base.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a reader expects them: in their language's style ("3 Dec 2026", "03.12.2026")
 * and in the organization's time zone, never the server's. A view makes one with
 * {@code new Moments(getLocale(), TenantContext.require().timeZone())}.
 */
public record Moments(Locale locale, ZoneId zone) {

    public Moments {
        // English of no country in particular writes the day first ("3 December 2026"), the order
        // every English reader understands the same way; "12/3" means two days in two countries.
        if (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) {
            locale = Locale.UK;
        }
    }

    /** "3 Dec 2026" / "03.12.2026". */
    public String date(Instant instant) {
        return formatter(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(instant);
    }

    /** "3 Dec 2026" / "03.12.2026", for a day that has no time. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** "3 December 2026" / "3. Dezember 2026": on documents and certificates. */
    public String longDate(Instant instant) {
        return formatter(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)).format(instant);
    }

    /** "3 December 2026" / "3. Dezember 2026". */
    public String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
    }

    /** "3 Dec 2026, 14:05" / "03.12.2026, 14:05". */
    public String dateTime(Instant instant) {
        return formatter(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT))
                .format(instant);
    }

    private DateTimeFormatter formatter(DateTimeFormatter style) {
        return style.withLocale(locale).withZone(zone);
    }
}
