package io.lyceum.notification;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a DKIM signature as a receiving server does (RFC 6376), written out here so that the test
 * does not trust the signing library to check itself: relaxed canonicalization of the body and the
 * signed header fields, the body hash {@code bh=}, and the RSA-SHA256 signature {@code b=} against
 * the public key published at {@code <s>._domainkey.<d>}.
 */
final class DkimVerifier {

    /** What the check found; {@code tags} are the signature's. */
    record Result(Map<String, String> tags, boolean bodyHashMatches, boolean signatureVerifies) {

        boolean passes() {
            return bodyHashMatches && signatureVerifies;
        }

        List<String> signedHeaders() {
            return List.of(tags.get("h").toLowerCase(Locale.ROOT).split("\\s*:\\s*"));
        }
    }

    private DkimVerifier() {}

    /**
     * @param raw the message as the receiving server stored it
     * @param keyRecord the TXT value at a DNS name ({@code selector._domainkey.domain})
     */
    static Result verify(byte[] raw, Function<String, String> keyRecord) throws Exception {
        String message = new String(raw, StandardCharsets.ISO_8859_1);
        int split = message.indexOf("\r\n\r\n");
        String head = message.substring(0, split + 2);
        String body = message.substring(split + 4);

        List<String> fields = fields(head);
        String signatureField = fields.stream()
                .filter(field -> name(field).equalsIgnoreCase("DKIM-Signature"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No DKIM-Signature header"));
        Map<String, String> tags = tags(value(signatureField));
        if (!"rsa-sha256".equals(tags.get("a")) || !"relaxed/relaxed".equals(tags.get("c"))) {
            throw new AssertionError("Expected rsa-sha256 and relaxed/relaxed: " + tags);
        }

        byte[] bodyHash =
                MessageDigest.getInstance("SHA-256").digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1));
        boolean bodyMatches = Base64.getEncoder().encodeToString(bodyHash).equals(tags.get("bh"));

        // Each name in h= takes the last not yet used field of that name (RFC 6376 5.4.2).
        var unused = new ArrayList<>(fields);
        var signed = new StringBuilder();
        for (String name : tags.get("h").split(":")) {
            for (int i = unused.size() - 1; i >= 0; i--) {
                if (name(unused.get(i)).equalsIgnoreCase(name.strip())) {
                    signed.append(relaxedHeader(unused.remove(i))).append("\r\n");
                    break;
                }
            }
        }
        // The signature's own field with b= emptied, without its line end.
        String withoutB = signatureField.replaceAll("(^|;)(\\s*b\\s*=)[^;]*", "$1$2");
        signed.append(relaxedHeader(withoutB));

        String record = keyRecord.apply(tags.get("s") + "._domainkey." + tags.get("d"));
        String publicKey = tags(record).get("p");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        boolean verifies = rsa.verify(Base64.getDecoder().decode(tags.get("b")));
        return new Result(tags, bodyMatches, verifies);
    }

    /** Header fields with their folding kept: a line starting with white space continues the field before. */
    private static List<String> fields(String head) {
        var fields = new ArrayList<String>();
        for (String line : head.split("\r\n")) {
            if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                fields.set(fields.size() - 1, fields.getLast() + "\r\n" + line);
            } else if (!line.isEmpty()) {
                fields.add(line);
            }
        }
        return fields;
    }

    private static String name(String field) {
        return field.substring(0, field.indexOf(':')).strip();
    }

    private static String value(String field) {
        return field.substring(field.indexOf(':') + 1);
    }

    /** RFC 6376 3.4.2: lower-case name, unfolded value, runs of white space as one space, trimmed. */
    private static String relaxedHeader(String field) {
        String value =
                value(field).replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
        return name(field).toLowerCase(Locale.ROOT) + ":" + value;
    }

    /** RFC 6376 3.4.4: runs of white space as one space, none at line ends, no empty lines at the end. */
    private static String relaxedBody(String body) {
        var lines = new ArrayList<String>(List.of(body.split("\r\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replaceAll("[ \t]+", " ").replaceAll(" $", ""));
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines.isEmpty() ? "" : String.join("\r\n", lines) + "\r\n";
    }

    static Map<String, String> tags(String list) {
        var tags = new LinkedHashMap<String, String>();
        for (String part : list.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                tags.put(
                        part.substring(0, equals).strip(),
                        part.substring(equals + 1).replaceAll("\\s+", ""));
            }
        }
        return tags;
    }
}
