package io.lyceum.notification;

/** The tests' {@code lyceum.mail.domain-key}: known to everyone, so it seals nothing but test keys. */
public final class TestDomainKey {

    /** Base64 of the 32 ASCII bytes "lyceum-tests-only-domain-key-32b". */
    public static final String BASE64 = "bHljZXVtLXRlc3RzLW9ubHktZG9tYWluLWtleS0zMmI=";

    /** Another key, as if the installation's key had been changed. */
    public static final String OTHER_BASE64 = "b3RoZXItaW5zdGFsbGF0aW9uLWRvbWFpbi1rZXktMzI=";

    private TestDomainKey() {}
}
