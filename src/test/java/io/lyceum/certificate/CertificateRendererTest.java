package io.lyceum.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.sun.net.httpserver.HttpServer;
import io.lyceum.Violations;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateRendererTest {

    static final CertificateRenderer renderer = new CertificateRenderer();

    static final String URL = "http://localhost:8080/verify/Ab3dEf9hJk2mNp4qRs6tUv8w";

    static CertificateDocument document(CertificateDesign design, String holderName) {
        return document(design, holderName, "Advanced Spreadsheet Modelling", null, LocalDate.of(2028, 11, 23));
    }

    static CertificateDocument document(
            CertificateDesign design,
            String holderName,
            String courseTitle,
            byte @Nullable [] logo,
            @Nullable LocalDate expiry) {
        return new CertificateDocument(
                holderName,
                courseTitle,
                LocalDate.of(2026, 11, 23),
                "Jürgen Groß",
                "Acme Academy",
                logo,
                "#0b6e4f",
                new BigDecimal("12.5"),
                "ACME-2026-000042",
                URL,
                expiry,
                design,
                CertificateWording.defaults());
    }

    static Stream<Arguments> names_and_designs() {
        return Stream.of("Zoë Łukasiewicz", "Jürgen Groß", "Ærøskøbing", "Şükrü Çağlar")
                .flatMap(name -> Stream.of(CertificateDesign.values()).map(design -> Arguments.of(name, design)));
    }

    @ParameterizedTest
    @MethodSource("names_and_designs")
    void name_course_date_hours_number_and_expiry_print_exactly(String holderName, CertificateDesign design) {
        String text = text(renderer.render(document(design, holderName)));

        assertThat(text)
                .contains(
                        holderName,
                        "Advanced Spreadsheet Modelling",
                        "23 November 2026",
                        "12.5 hours",
                        "ACME-2026-000042",
                        "Valid until 23 November 2028",
                        "Jürgen Groß",
                        "Instructor",
                        "Certificate of Completion",
                        "This certifies that",
                        "has successfully completed",
                        "Acme Academy",
                        URL);
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void without_expiry_instructor_or_hours_those_lines_are_left_out(CertificateDesign design) {
        var doc = new CertificateDocument(
                "Zoë Łukasiewicz",
                "Statistics",
                LocalDate.of(2026, 1, 5),
                null,
                "Acme",
                null,
                null,
                null,
                "ACME-2026-000001",
                URL,
                null,
                design,
                CertificateWording.defaults());

        String text = text(renderer.render(doc));

        assertThat(text)
                .contains("Zoë Łukasiewicz", "5 January 2026")
                .doesNotContain("Valid until", "hours", "Instructor");
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void page_is_one_a4_landscape_page(CertificateDesign design) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(document(design, "Zoë Łukasiewicz")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(842, Offset.offset(1.0));
            assertThat((double) box.getHeight()).isCloseTo(595, Offset.offset(1.0));
        }
    }

    static Stream<Arguments> designs_and_urls() {
        String longest = ("https://learning-academy.example.com/verify/" + "Ab3dEf9hJk2mNp4qRs6tUv8w".repeat(20))
                .substring(0, CertificateDocument.VERIFICATION_URL_MAX_LENGTH);
        return Stream.of(CertificateDesign.values())
                .flatMap(design -> Stream.of(URL, longest).map(url -> Arguments.of(design, url)));
    }

    @ParameterizedTest
    @MethodSource("designs_and_urls")
    void qr_code_on_the_printed_page_is_the_verification_url(CertificateDesign design, String url) throws Exception {
        var doc = new CertificateDocument(
                "Şükrü Çağlar",
                "Statistics",
                LocalDate.of(2026, 11, 23),
                null,
                "Acme",
                null,
                null,
                null,
                "ACME-2026-000042",
                url,
                null,
                design,
                CertificateWording.defaults());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));

            String decoded = new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText();

            assertThat(decoded).isEqualTo(url);
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void hostile_text_prints_literally(CertificateDesign design) {
        String hostile = "<script>alert(1)</script> & \"quotes\" 'single'";
        var doc = new CertificateDocument(
                hostile,
                "{{certificateNumber}} ]]> <!-- &amp;",
                LocalDate.of(2026, 11, 23),
                "<b>Bold</b>",
                "A&B <i>Org</i>",
                null,
                null,
                null,
                "ACME-2026-000042",
                URL,
                null,
                design,
                new CertificateWording("<h1>Title</h1>", "&nbsp;", "</div>", "<img src=x>"));

        String text = text(renderer.render(doc));

        assertThat(text)
                .contains(
                        hostile,
                        "{{certificateNumber}} ]]> <!-- &amp;",
                        "<b>Bold</b>",
                        "A&B <i>Org</i>",
                        "<h1>Title</h1>",
                        "&nbsp;",
                        "</div>",
                        "<img src=x>");
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void only_embedded_dejavu_fonts_are_used(CertificateDesign design) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(document(design, "Zoë Łukasiewicz")))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void png_and_jpeg_logos_of_any_shape_render(CertificateDesign design) throws IOException {
        for (byte[] logo : List.of(image("png", 900, 120), image("jpg", 200, 400), image("png", 64, 64))) {
            byte[] pdf = renderer.render(document(design, "Ærøskøbing", "Logo test", logo, null));

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(images(doc.getPage(0))).as("QR code and logo").isEqualTo(2);
            }
            assertThat(text(pdf)).contains("Ærøskøbing");
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void longest_allowed_texts_still_fit_on_one_page(CertificateDesign design) throws IOException {
        String name = words("Wolfgang Ławrynowicz-Øvergaard", CertificateDocument.HOLDER_NAME_MAX_LENGTH);
        String course = words("Mastering Quantitative Methods", CertificateDocument.COURSE_TITLE_MAX_LENGTH);
        byte[] pdf = renderer.render(document(design, name, course, image("png", 300, 300), LocalDate.of(2030, 1, 1)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        // Wrapped lines may break after a hyphen, so compare without white space.
        assertThat(text(pdf).replace(" ", ""))
                .contains(name.replace(" ", ""), course.replace(" ", ""), "ACME-2026-000042");
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void preview_shows_the_orgs_branding_on_sample_data(CertificateDesign design) {
        byte[] pdf = renderer.renderPreview(
                design, CertificateWording.defaults(), "Globex Ærø", image("png", 300, 80), "#aa3300", Locale.ENGLISH);

        assertThat(text(pdf)).contains("Globex Ærø", "Zoë Łukasiewicz", "PREVIEW-0000-000000");
    }

    @Test
    void nothing_is_fetched_from_urls_in_the_document() throws Exception {
        var requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String xhtml = """
                    <html xmlns="http://www.w3.org/1999/xhtml"><head>
                    <link rel="stylesheet" type="text/css" href="%1$s/a.css"/>
                    <style type="text/css">@import url("%1$s/b.css"); body { background: url("%1$s/c.png"); }</style>
                    </head><body><p>Offline</p><img src="%1$s/d.png"/><img src="file:///etc/hostname"/></body></html>
                    """.formatted(base);

            byte[] pdf = renderer.renderXhtml(xhtml);

            assertThat(text(pdf)).contains("Offline");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void renders_concurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Zoë Łukasiewicz " + i;
                texts.add(pool.submit(() ->
                        text(renderer.render(document(CertificateDesign.values()[name.length() % 2], name)))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Zoë Łukasiewicz " + i + " ");
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "#gggggg", "1f5fa8", "url(http://x)", "#fff; x: y"})
    void invalid_colour_is_refused(String colour) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CertificateDocument.colour(colour))
                .withMessageContaining("Primary colour");
    }

    @Test
    void colour_is_normalised_and_defaults_to_blue() {
        assertThat(CertificateDocument.colour(" #ABCDEF ")).isEqualTo("#abcdef");
        assertThat(CertificateDocument.colour(null)).isEqualTo(CertificateDocument.DEFAULT_COLOUR);
        assertThat(CertificateRenderer.readableOnWhite("#1f5fa8")).isEqualTo("#1f5fa8");
        assertThat(CertificateRenderer.readableOnWhite("#ffee00")).isEqualTo("#333333");
    }

    @Test
    void hours_and_dates_read_naturally() {
        var doc = document(CertificateDesign.CLASSIC, "Zoë");
        assertThat(doc.completionDateText()).isEqualTo("23 November 2026");
        assertThat(doc.expiryDateText()).isEqualTo("23 November 2028");
        assertThat(doc.hoursText()).isEqualTo("12.5 hours");
        assertThat(withHours("1.00").hoursText()).isEqualTo("1 hour");
        assertThat(withHours("40").hoursText()).isEqualTo("40 hours");
        assertThat(withHours("0.333").hoursText()).isEqualTo("0.33 hours");
    }

    @ParameterizedTest
    @EnumSource(CertificateDesign.class)
    void a_german_certificate_prints_german_labels_dates_and_hours(CertificateDesign design) {
        var doc = new CertificateDocument(
                "Jürgen Groß",
                "Datenschutz für Anfänger",
                LocalDate.of(2026, 11, 23),
                "Zoë Łukasiewicz",
                "Acme Academy",
                null,
                null,
                new BigDecimal("12.5"),
                "ACME-2026-000042",
                URL,
                LocalDate.of(2028, 11, 23),
                design,
                // The organization never changed Lyceum's wording: it prints in the holder's language.
                CertificateWording.defaults(),
                Locale.GERMAN);

        String text = text(renderer.render(doc));

        assertThat(text)
                .contains(
                        "Teilnahmezertifikat",
                        "Hiermit wird bestätigt, dass",
                        "erfolgreich abgeschlossen hat",
                        "Lehrperson",
                        "23. November 2026",
                        "12,5 Stunden",
                        "Gültig bis 23. November 2028",
                        "Zertifikat Nr. ACME-2026-000042",
                        "Prüfen unter " + URL)
                .doesNotContain("Certificate of Completion", "hours", "Valid until", "Verify at");
        assertThat(withHours("1", Locale.GERMAN).hoursText()).isEqualTo("1 Stunde");
    }

    @Test
    void an_organizations_own_wording_prints_as_written_in_any_language() {
        var own = new CertificateWording("Urkunde", "Wir gratulieren", "zum Abschluss von", "Kursleitung");
        assertThat(own.in(Locale.ENGLISH)).isEqualTo(own);
        assertThat(CertificateWording.defaults(Locale.GERMAN).in(Locale.ENGLISH))
                .isEqualTo(CertificateWording.defaults());
        assertThat(CertificateWording.defaults().in(Locale.GERMAN).title()).isEqualTo("Teilnahmezertifikat");
    }

    @Test
    void wording_is_length_limited_and_never_blank() {
        String tooLong = "x".repeat(CertificateWording.TITLE_MAX_LENGTH + 1);
        assertThat(Violations.of(new CertificateWording(tooLong, "a", "b", "c")))
                .containsExactly(entry("title", "Use at most 60 characters"));
        assertThat(Violations.of(new CertificateWording("a", " ", "b", "c")))
                .containsExactly(entry("intro", "Enter the line before the name"));
        assertThat(Violations.of(new CertificateWording("a", "b", "c\u0000", "d")))
                .containsExactly(entry("achievement", "Remove the control or invalid characters"));
        assertThat(Violations.of(
                        new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), "red", null)))
                .containsExactly(entry("primaryColor", "Enter the colour as #rrggbb, e.g. #1f5fa8"));
        assertThat(new CertificateWording(" Award ", "a", "b", "c").title()).isEqualTo("Award");
        assertThat(Violations.of(CertificateWording.defaults())).isEmpty();
    }

    @Test
    void invalid_documents_are_refused_with_clear_messages() {
        var wording = CertificateWording.defaults();
        var date = LocalDate.of(2026, 11, 23);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CertificateDocument(
                        "Zoë",
                        "C",
                        date,
                        null,
                        "O",
                        "GIF89a".getBytes(StandardCharsets.US_ASCII),
                        null,
                        null,
                        "N-1",
                        URL,
                        null,
                        CertificateDesign.CLASSIC,
                        wording))
                .withMessage("Logo must be a PNG or JPEG image");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CertificateDocument(
                        "Zoë",
                        "C",
                        date,
                        null,
                        "O",
                        null,
                        null,
                        null,
                        "N 1",
                        URL,
                        null,
                        CertificateDesign.CLASSIC,
                        wording))
                .withMessageContaining("Certificate number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CertificateDocument(
                        "Zoë",
                        "C",
                        date,
                        null,
                        "O",
                        null,
                        null,
                        null,
                        "N-1",
                        "javascript:alert(1)",
                        null,
                        CertificateDesign.CLASSIC,
                        wording))
                .withMessageContaining("Verification URL must be an absolute http(s) URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CertificateDocument(
                        "Zoë",
                        "C",
                        date,
                        null,
                        "O",
                        null,
                        null,
                        null,
                        "N-1",
                        URL,
                        date.minusDays(1),
                        CertificateDesign.CLASSIC,
                        wording))
                .withMessageContaining("before completion date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CertificateDocument(
                        "Zoë",
                        "C",
                        date,
                        null,
                        "O",
                        null,
                        null,
                        BigDecimal.ZERO,
                        "N-1",
                        URL,
                        null,
                        CertificateDesign.CLASSIC,
                        wording))
                .withMessageContaining("Hours must be more than 0");
    }

    private static CertificateDocument withHours(String hours) {
        return withHours(hours, Locale.ENGLISH);
    }

    private static CertificateDocument withHours(String hours, Locale language) {
        return new CertificateDocument(
                "Zoë",
                "C",
                LocalDate.of(2026, 11, 23),
                null,
                "O",
                null,
                null,
                new BigDecimal(hours),
                "N-1",
                URL,
                null,
                CertificateDesign.CLASSIC,
                CertificateWording.defaults(),
                language);
    }

    /** The page's text with runs of white space (line breaks where text wrapped) as single spaces. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long images(PDPage page) throws IOException {
        long count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b6e4f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Words of {@code phrase}, repeated up to {@code length} characters. */
    private static String words(String phrase, int length) {
        String[] words = phrase.split(" ");
        var text = new StringBuilder(words[0]);
        for (int i = 1; text.length() + 1 + words[i % words.length].length() <= length; i++) {
            text.append(' ').append(words[i % words.length]);
        }
        return text.toString();
    }
}
