package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** DKIM keys: RSA-2048, sealed with AES-256-GCM under the configured key and bound to org and domain. */
class DkimKeysTest {

    private static DkimKeys keys(String key) {
        return new DkimKeys(new SenderDomainSettings(key, null, Duration.ofSeconds(1), null, null, null));
    }

    @Test
    void a_sealed_key_holds_no_readable_key_and_opens_only_under_its_key_for_its_binding() throws Exception {
        DkimKeys keys = keys(TestDomainKey.BASE64);
        var pair = keys.generate();
        assertThat(((java.security.interfaces.RSAKey) pair.privateKey())
                        .getModulus()
                        .bitLength())
                .isEqualTo(2048);
        byte[] der = pair.privateKey().getEncoded();

        byte[] sealed = keys.seal(pair.privateKey(), "lyceum-dkim:org_acme:mail.acme.example");

        assertThat(HexFormat.of().formatHex(sealed))
                .doesNotContain(HexFormat.of().formatHex(der, 0, 32));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(Base64.getEncoder().encodeToString(der).substring(0, 40));
        // A new nonce each time: the same key never seals to the same bytes.
        assertThat(keys.seal(pair.privateKey(), "lyceum-dkim:org_acme:mail.acme.example"))
                .isNotEqualTo(sealed);
        assertThat(keys.open(sealed, "lyceum-dkim:org_acme:mail.acme.example").getEncoded())
                .isEqualTo(der);

        assertThatThrownBy(
                        () -> keys(TestDomainKey.OTHER_BASE64).open(sealed, "lyceum-dkim:org_acme:mail.acme.example"))
                .isInstanceOf(DkimKeys.SealedKeyException.class);
        assertThatThrownBy(() -> keys.open(sealed, "lyceum-dkim:org_globex:mail.acme.example"))
                .isInstanceOf(DkimKeys.SealedKeyException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.open(sealed, "lyceum-dkim:org_acme:mail.acme.example"))
                .isInstanceOf(DkimKeys.SealedKeyException.class);
    }

    @Test
    void without_a_configured_key_nothing_is_sealed_and_a_bad_key_stops_the_start() {
        DkimKeys none = keys("");
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.seal(none.generate().privateKey(), "x"))
                .isInstanceOf(DkimKeys.SealedKeyException.class)
                .hasMessageContaining("not configured");
        assertThatThrownBy(() -> keys(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> keys("not base64!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
