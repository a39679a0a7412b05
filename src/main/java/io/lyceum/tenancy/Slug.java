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
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why the text cannot be a slug, in words for the person typing it; empty when it can. */
    public static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("Choose an address for your organization");
        }
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return Optional.of("Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (!FORMAT.matcher(text).matches()) {
            return Optional.of("Use lower-case letters, digits and hyphens, starting with a letter");
        }
        if (text.endsWith("-") || text.contains("--")) {
            return Optional.of("Hyphens go between letters or digits");
        }
        if (RESERVED.contains(text) || text.startsWith("pg_")) {
            return Optional.of("\"" + text + "\" is reserved; choose another address");
        }
        return Optional.empty();
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
