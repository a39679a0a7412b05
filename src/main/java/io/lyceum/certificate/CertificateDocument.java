package io.lyceum.certificate;

import io.lyceum.base.i18n.Moments;
import io.lyceum.base.i18n.Translations;
import io.lyceum.base.validation.PlainText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything printed on one certificate, its invariants checked when it is built (it is made from
 * checked forms and stored data, never typed in: a refusal here is a bug, not a person's mistake). Dates are already in the org's time zone.
 * Its words, numbers and dates print in {@code language}, the holder's (one of {@link Translations#LOCALES}).
 * {@code orgLogo} is PNG or JPEG bytes; like any array in a record it is compared by identity.
 */
record CertificateDocument(
        String holderName,
        String courseTitle,
        LocalDate completionDate,
        @Nullable String instructorName,
        String orgName,
        byte @Nullable [] orgLogo,
        String primaryColour,
        @Nullable BigDecimal hours,
        String certificateNumber,
        String verificationUrl,
        @Nullable LocalDate expiryDate,
        CertificateDesign design,
        CertificateWording wording,
        Locale language) {

    static final int HOLDER_NAME_MAX_LENGTH = 120;
    static final int COURSE_TITLE_MAX_LENGTH = 200;
    static final int PERSON_NAME_MAX_LENGTH = 120;
    static final int ORG_NAME_MAX_LENGTH = 120;
    static final int VERIFICATION_URL_MAX_LENGTH = 150;
    static final int LOGO_MAX_BYTES = 2 * 1024 * 1024;
    static final BigDecimal HOURS_MAX = BigDecimal.valueOf(10_000);
    static final String DEFAULT_COLOUR = "#1f5fa8";

    static final Pattern COLOUR = Pattern.compile(CertificateTemplate.COLOUR_PATTERN);
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final Translations WORDS = new Translations();

    /** A certificate in English. */
    CertificateDocument(
            String holderName,
            String courseTitle,
            LocalDate completionDate,
            @Nullable String instructorName,
            String orgName,
            byte @Nullable [] orgLogo,
            String primaryColour,
            @Nullable BigDecimal hours,
            String certificateNumber,
            String verificationUrl,
            @Nullable LocalDate expiryDate,
            CertificateDesign design,
            CertificateWording wording) {
        this(
                holderName,
                courseTitle,
                completionDate,
                instructorName,
                orgName,
                orgLogo,
                primaryColour,
                hours,
                certificateNumber,
                verificationUrl,
                expiryDate,
                design,
                wording,
                Translations.LOCALES.getFirst());
    }

    CertificateDocument {
        holderName = text("Holder name", holderName, HOLDER_NAME_MAX_LENGTH);
        courseTitle = text("Course title", courseTitle, COURSE_TITLE_MAX_LENGTH);
        required("Completion date", completionDate);
        instructorName = optionalText("Instructor name", instructorName, PERSON_NAME_MAX_LENGTH);
        orgName = text("Organization name", orgName, ORG_NAME_MAX_LENGTH);
        orgLogo = orgLogo == null ? null : checkLogo(orgLogo.clone());
        primaryColour = colour(primaryColour);
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0)) {
            throw new IllegalArgumentException("Hours must be more than 0 and at most " + HOURS_MAX + ", was " + hours);
        }
        if (certificateNumber == null || !NUMBER.matcher(certificateNumber).matches()) {
            throw new IllegalArgumentException(
                    "Certificate number must be 1 to 40 letters, digits or '-', was '" + certificateNumber + "'");
        }
        verificationUrl = checkUrl(verificationUrl);
        if (expiryDate != null && expiryDate.isBefore(completionDate)) {
            throw new IllegalArgumentException(
                    "Expiry date " + expiryDate + " is before completion date " + completionDate);
        }
        required("Design", design);
        required("Wording", wording);
        required("Language", language);
        language = Translations.supported(language);
    }

    /** {@code colour} as lower-case "#rrggbb", or the default blue when none is set. */
    static String colour(@Nullable String colour) {
        if (colour == null || colour.isBlank()) {
            return DEFAULT_COLOUR;
        }
        if (!COLOUR.matcher(colour.strip()).matches()) {
            throw new IllegalArgumentException("Primary colour must look like #1f5fa8, was '" + colour + "'");
        }
        return colour.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public byte @Nullable [] orgLogo() {
        return orgLogo == null ? null : orgLogo.clone();
    }

    /** A message of the bundles in the certificate's language. */
    String word(String key, Object... arguments) {
        return WORDS.getTranslation(key, language, arguments);
    }

    /** "November 23, 2026", "23. November 2026". */
    String completionDateText() {
        return longDate(completionDate);
    }

    @Nullable String expiryDateText() {
        return expiryDate == null ? null : longDate(expiryDate);
    }

    // The dates are days of the org's time zone already (the issuer converts): the zone plays no part.
    private String longDate(LocalDate day) {
        return new Moments(language, ZoneOffset.UTC).longDate(day);
    }

    /** "12.5 hours", "1 hour", "12,5 Stunden"; at most two decimals. */
    @Nullable String hoursText() {
        if (hours == null) {
            return null;
        }
        return word(
                "certificate.pdf.hours", hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /**
     * Stripped {@code value}; refuses blank, over-long and unprintable text (it would break the
     * XHTML). The values come from checked forms and stored data, so a refusal here is a bug.
     */
    private static String text(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String text = value.strip();
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, was " + length);
        }
        if (!PlainText.Check.isPlain(text)) {
            throw new IllegalArgumentException(field + " must not contain control or invalid characters");
        }
        return text;
    }

    private static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    private static void required(String field, @Nullable Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static byte[] checkLogo(byte[] logo) {
        if (logo.length > LOGO_MAX_BYTES) {
            throw new IllegalArgumentException("Logo must be at most 2 MB, was " + logo.length + " bytes");
        }
        if (Logo.mediaType(logo) == null) {
            throw new IllegalArgumentException("Logo must be a PNG or JPEG image");
        }
        return logo;
    }

    // Printed and put in the QR code: an absolute http(s) URL in plain ASCII (no ECI needed in the QR).
    private static String checkUrl(@Nullable String url) {
        String text = text("Verification URL", url, VERIFICATION_URL_MAX_LENGTH);
        try {
            URI uri = new URI(text);
            if (!Set.of("http", "https").contains(uri.getScheme())
                    || uri.getHost() == null
                    || !text.equals(uri.toASCIIString())) {
                throw new URISyntaxException(text, "not an absolute ASCII http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "Verification URL must be an absolute http(s) URL, was '" + text + "'", e);
        }
        return text;
    }
}
