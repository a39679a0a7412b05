package io.lyceum.tenancy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An organization's address label: {@code acme} in {@code acme.lyceum.app}. Always valid once built. */
public record Slug(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{2,39}");
    private static final Set<String> RESERVED = Set.of(
            "www",
            "console",
            "api",
            "admin",
            "platform",
            "public",
            "static",
            "app",
            "mail",
            "smtp",
            "ftp",
            "help",
            "support",
            "status",
            "docs",
            "blog",
            "billing",
            "login",
            "signup",
            "verify",
            "assets",
            "cdn",
            "dev",
            "test",
            "staging",
            "lyceum",
            "root",
            "system",
            "information_schema",
            "pg_catalog");

    public Slug {
        Optional<Problem> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a valid address: '" + value + "' (" + problem.get() + ")");
        }
    }

    /** What can be wrong with an address; forms say it through {@link ValidSlug}'s messages. */
    public enum Problem {
        BLANK,
        LENGTH,
        FORMAT,
        HYPHENS,
        RESERVED
    }

    /** Why the text cannot be a slug; empty when it can. */
    public static Optional<Problem> problem(String text) {
        if (text.isBlank()) {
            return Optional.of(Problem.BLANK);
        }
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        if (!FORMAT.matcher(text).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        if (text.endsWith("-") || text.contains("--")) {
            return Optional.of(Problem.HYPHENS);
        }
        if (RESERVED.contains(text) || text.startsWith("pg_")) {
            return Optional.of(Problem.RESERVED);
        }
        return Optional.empty();
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** A slug suggestion from an organization's name: "Acme Training, Inc." → "acme-training-inc". */
    public static String suggest(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^[^a-z]+", "")
                .replaceAll("-+$", "");
        return ascii.length() > MAX_LENGTH ? ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "") : ascii;
    }
}
