package io.lyceum.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/** An org logo sized to fit a box on the certificate, as an {@code <img>} for the template. */
record Logo(String dataUri, double widthMm, double heightMm) {

    /** "image/png" or "image/jpeg" from the file's magic bytes, or null for anything else. */
    static @Nullable String mediaType(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    /**
     * Scales the image to fit {@code maxWidthMm} × {@code maxHeightMm}, keeping its proportions: Flying Saucer
     * honours width and height on images but not max-width, so a wide logo would overflow the page.
     */
    static Logo fit(byte[] bytes, double maxWidthMm, double maxHeightMm) {
        String mediaType = mediaType(bytes);
        if (mediaType == null) {
            throw new IllegalArgumentException("Logo must be a PNG or JPEG image");
        }
        int[] size = pixelSize(bytes);
        double scale = Math.min(maxWidthMm / size[0], maxHeightMm / size[1]);
        return new Logo(
                "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes),
                size[0] * scale,
                size[1] * scale);
    }

    String img(String cssClass) {
        return String.format(
                Locale.ROOT,
                "<img class=\"%s\" src=\"%s\" style=\"width: %.1fmm; height: %.1fmm\" alt=\"\"/>",
                cssClass,
                dataUri,
                widthMm,
                heightMm);
    }

    // Reads only the header: the size without decoding the pixels.
    private static int[] pixelSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("Logo cannot be read as an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Logo cannot be read as an image", e);
        }
    }
}
