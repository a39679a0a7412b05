package io.lyceum.people;

import io.lyceum.identity.Role;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roles as people write them in a spreadsheet: English and German words, Moodle's role short
 * names, several in one cell ("student, instructor", "Lehrende/Admin"); an empty cell is a student.
 */
final class RoleWords {

    private static final Pattern SEPARATORS = Pattern.compile("[,;/|+&]|\\s+(and|und)\\s+");

    private static final Map<String, Role> WORDS = Map.ofEntries(
            Map.entry("student", Role.STUDENT),
            Map.entry("students", Role.STUDENT),
            Map.entry("learner", Role.STUDENT),
            Map.entry("participant", Role.STUDENT),
            Map.entry("lernende", Role.STUDENT),
            Map.entry("lernender", Role.STUDENT),
            Map.entry("lerner", Role.STUDENT),
            Map.entry("teilnehmer", Role.STUDENT),
            Map.entry("teilnehmerin", Role.STUDENT),
            Map.entry("teilnehmende", Role.STUDENT),
            Map.entry("schuler", Role.STUDENT),
            Map.entry("schulerin", Role.STUDENT),
            Map.entry("studierende", Role.STUDENT),
            Map.entry("instructor", Role.INSTRUCTOR),
            Map.entry("instructors", Role.INSTRUCTOR),
            Map.entry("teacher", Role.INSTRUCTOR),
            Map.entry("editingteacher", Role.INSTRUCTOR),
            Map.entry("trainer", Role.INSTRUCTOR),
            Map.entry("trainerin", Role.INSTRUCTOR),
            Map.entry("tutor", Role.INSTRUCTOR),
            Map.entry("lehrende", Role.INSTRUCTOR),
            Map.entry("lehrender", Role.INSTRUCTOR),
            Map.entry("lehrer", Role.INSTRUCTOR),
            Map.entry("lehrerin", Role.INSTRUCTOR),
            Map.entry("dozent", Role.INSTRUCTOR),
            Map.entry("dozentin", Role.INSTRUCTOR),
            Map.entry("kursleiter", Role.INSTRUCTOR),
            Map.entry("kursleiterin", Role.INSTRUCTOR),
            Map.entry("admin", Role.ADMIN),
            Map.entry("admins", Role.ADMIN),
            Map.entry("administrator", Role.ADMIN),
            Map.entry("administratorin", Role.ADMIN),
            Map.entry("administration", Role.ADMIN),
            Map.entry("manager", Role.ADMIN));

    private RoleWords() {}

    /** The roles a cell names; empty when a word in it is none (the word is in the exception). */
    static Set<Role> parse(String cell) throws UnknownRole {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : SEPARATORS.split(cell.strip())) {
            if (word.isBlank()) {
                continue;
            }
            roles.add(role(word).orElseThrow(() -> new UnknownRole(word.strip())));
        }
        if (roles.isEmpty()) {
            roles.add(Role.STUDENT);
        }
        return roles;
    }

    private static Optional<Role> role(String word) {
        String folded = Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("[^a-z]", "");
        return Optional.ofNullable(WORDS.get(folded));
    }

    static final class UnknownRole extends Exception {

        private final String word;

        UnknownRole(String word) {
            super(word, null, false, false);
            this.word = word;
        }

        String word() {
            return word;
        }
    }
}
