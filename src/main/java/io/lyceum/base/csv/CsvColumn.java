package io.lyceum.base.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column an import expects, by its key and the names people give it in the files they have (their
 * own spreadsheets, Moodle's user upload, German headers). Names are matched loosely: case, spaces,
 * {@code _}, {@code -}, dots and accents do not count, so {@code E-Mail}, {@code email_address} and
 * {@code Email Address} are one name.
 *
 * @param key the name the import reads the cell by, and says in messages
 * @param required whether a file without the column is refused as a whole
 * @param names every name the column goes by (the key among them)
 */
public record CsvColumn(String key, boolean required, List<String> names) {

    public static final CsvColumn EMAIL = optional(
            "email", "e-mail", "email address", "e-mail address", "mail", "email-adresse", "e-mail-adresse", "mail1");
    public static final CsvColumn FIRST_NAME =
            optional("first_name", "firstname", "first name", "given name", "given_name", "forename", "vorname");
    public static final CsvColumn LAST_NAME = optional(
            "last_name", "lastname", "last name", "surname", "family name", "family_name", "nachname", "familienname");
    public static final CsvColumn NAME =
            optional("name", "full name", "full_name", "display name", "displayname", "vollständiger name");
    public static final CsvColumn ROLE = optional("role", "roles", "role1", "rolle", "rollen");
    public static final CsvColumn COHORT =
            optional("cohort", "cohort1", "group", "group1", "gruppe", "kohorte", "class");

    public CsvColumn {
        names = List.copyOf(names);
    }

    public static CsvColumn optional(String key, String... synonyms) {
        var names = new ArrayList<String>();
        names.add(key);
        names.addAll(List.of(synonyms));
        return new CsvColumn(key, false, names);
    }

    /** This column, a file without which is refused as a whole. */
    public CsvColumn asRequired() {
        return new CsvColumn(key, true, names);
    }

    /** Whether a header cell names this column. */
    public boolean matches(String header) {
        String wanted = loose(header);
        return !wanted.isEmpty() && names.stream().map(CsvColumn::loose).anyMatch(wanted::equals);
    }

    /** A header name without what people vary: case, accents, spaces and punctuation. */
    static String loose(String name) {
        String folded = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        var kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
