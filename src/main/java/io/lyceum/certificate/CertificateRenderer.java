package io.lyceum.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders certificates as one-page A4 landscape PDFs: an XHTML template per design, filled with XML-escaped text,
 * laid out by Flying Saucer with embedded DejaVu fonts, so any Latin, Greek or Cyrillic name prints exactly.
 * Thread-safe: each render has its own Flying Saucer renderer and borrows a font resolver from a small pool.
 */
@Component
class CertificateRenderer {

    // DejaVu 2.37 as shipped in net.sf.jasperreports:jasperreports-fonts (licence: LICENSE in the same folder).
    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final List<String> FONTS = List.of(
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf");
    private static final int IDLE_FONT_RESOLVERS = 4;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Map<CertificateDesign, String> templates = new EnumMap<>(CertificateDesign.class);
    // A font resolver costs a read of every font file to fill and is not thread-safe: renders borrow one.
    private final BlockingQueue<ITextFontResolver> idleFontResolvers = new ArrayBlockingQueue<>(IDLE_FONT_RESOLVERS);

    CertificateRenderer() {
        for (CertificateDesign design : CertificateDesign.values()) {
            templates.put(design, resource(design.templateResource()));
        }
        idleFontResolvers.add(newFontResolver());
    }

    /**
     * The first render in a JVM loads the PDF stack (≈ 0.4 s): do it in the background once the app
     * is up, so that the first learner to complete a course does not wait for it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.startVirtualThread(() -> renderPreview(
                CertificateDesign.CLASSIC, CertificateWording.defaults(), "Lyceum", null, null, Locale.ENGLISH));
    }

    byte[] render(CertificateDocument doc) {
        return renderXhtml(fill(templates.get(doc.design()), values(doc)));
    }

    /**
     * A sample certificate with the org's branding, for admins choosing a design and wording; always
     * the same, in the admin's language.
     */
    byte[] renderPreview(
            CertificateDesign design,
            CertificateWording wording,
            String orgName,
            byte @Nullable [] logo,
            @Nullable String primaryColour,
            Locale language) {
        return render(new CertificateDocument(
                "Zoë Łukasiewicz",
                "Introduction to Data Analysis",
                LocalDate.of(2026, 11, 23),
                "Jürgen Groß",
                orgName,
                logo,
                primaryColour,
                new BigDecimal("12.5"),
                "PREVIEW-0000-000000",
                "https://lyceum.example/verify/PREVIEW",
                null,
                design,
                wording,
                language));
    }

    /** Lays out a complete XHTML document; package-private so tests can feed it documents of their own. */
    byte[] renderXhtml(String xhtml) {
        ITextFontResolver fonts = Objects.requireNonNullElseGet(idleFontResolvers.poll(), this::newFontResolver);
        try {
            var device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
            var renderer = new ITextRenderer(
                    ITextRenderer.DEFAULT_DOTS_PER_POINT,
                    ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                    device,
                    new OfflineUserAgent(device),
                    fonts);
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            var pdf = new ByteArrayOutputStream(64 * 1024);
            renderer.createPDF(pdf);
            return pdf.toByteArray();
        } finally {
            idleFontResolvers.offer(fonts);
        }
    }

    private Map<String, String> values(CertificateDocument doc) {
        CertificateWording wording = doc.wording().in(doc.language());
        List<String> details = new ArrayList<>(List.of(doc.completionDateText()));
        String hours = doc.hoursText();
        if (hours != null) {
            details.add(hours);
        }
        String expiry = doc.expiryDateText();
        if (expiry != null) {
            details.add(doc.word("certificate.pdf.valid-until", expiry));
        }
        byte[] logo = doc.orgLogo();
        String instructor = doc.instructorName();
        return Map.ofEntries(
                Map.entry("lang", doc.language().toLanguageTag()),
                Map.entry("numberLine", xml(doc.word("certificate.pdf.number", doc.certificateNumber()))),
                Map.entry("verifyLine", xml(doc.word("certificate.pdf.verify-at", doc.verificationUrl()))),
                Map.entry("qrAlt", xml(doc.word("certificate.pdf.qr-code"))),
                Map.entry("documentTitle", xml(wording.title() + " – " + doc.holderName())),
                Map.entry("colour", doc.primaryColour()),
                Map.entry("textColour", readableOnWhite(doc.primaryColour())),
                Map.entry("title", xml(wording.title())),
                Map.entry("intro", xml(wording.intro())),
                Map.entry("holderName", xml(doc.holderName())),
                Map.entry("holderNameSize", sizeClass(doc.holderName(), 30, 55)),
                Map.entry("achievement", xml(wording.achievement())),
                Map.entry("courseTitle", xml(doc.courseTitle())),
                Map.entry("courseTitleSize", sizeClass(doc.courseTitle(), 60, 120)),
                Map.entry("details", xml(String.join(" · ", details))),
                Map.entry("orgName", xml(doc.orgName())),
                Map.entry(
                        "logo",
                        logo == null
                                ? ""
                                : Logo.fit(logo, doc.design().logoMaxWidthMm, doc.design().logoMaxHeightMm)
                                        .img("logo")),
                Map.entry(
                        "signature",
                        instructor == null
                                ? ""
                                : "<div class=\"signer\">" + xml(instructor) + "</div><div class=\"role\">"
                                        + xml(wording.signatureLabel()) + "</div>"),
                Map.entry(
                        "qrCode",
                        "data:image/png;base64,"
                                + Base64.getEncoder().encodeToString(QrCode.png(doc.verificationUrl()))),
                Map.entry("certificateNumber", xml(doc.certificateNumber())),
                Map.entry("verificationUrl", xml(doc.verificationUrl())));
    }

    // One pass over the template, so a value that itself looks like {{name}} is printed, not expanded.
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("Template has no value for " + placeholder.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }

    static String xml(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    // Long names and titles get smaller type so that they still fit the page.
    private static String sizeClass(String text, int longFrom, int veryLongFrom) {
        int length = text.codePointCount(0, text.length());
        return length >= veryLongFrom ? "very-long" : length >= longFrom ? "long" : "";
    }

    /** The org's colour for large text, unless it is too pale to read on white (WCAG contrast below 3:1). */
    static String readableOnWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05) >= 3 ? colour : "#333333";
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private ITextFontResolver newFontResolver() {
        var resolver = new ITextFontResolver();
        for (String font : FONTS) {
            try {
                resolver.addFont(FONT_DIR + font, BaseFont.IDENTITY_H, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + FONT_DIR + font + " is missing from the class path", e);
            }
        }
        return resolver;
    }

    private static String resource(String name) {
        try (InputStream in = CertificateRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
