package io.lyceum;

import io.lyceum.notification.TestDns;
import io.lyceum.notification.TestDomainKey;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL: the server named by {@code LYCEUM_TEST_DB_URL}, or an
 * embedded one in a throw-away folder. One shared configuration, so that Spring caches one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=${LYCEUM_TEST_DB_URL:}",
            "spring.datasource.username=${LYCEUM_TEST_DB_USER:postgres}",
            "lyceum.embedded-db.data-dir=target/test-pg/${random.uuid}",
            "lyceum.demo=false",
            // Tests run redelivery passes themselves, with short waits.
            "lyceum.events.redelivery-interval=PT1H",
            "lyceum.events.redelivery-backoff=PT0.5S",
            "lyceum.events.redelivery-after=PT2S",
            "lyceum.base-domain=lyceum.localhost:8080",
            "lyceum.admin.email=staff@lyceum.test",
            "lyceum.admin.password=staff-secret-2026",
            // Seals organizations' DKIM keys in tests only (32 bytes in base64); production's comes from the
            // environment.
            "lyceum.mail.domain-key=" + TestDomainKey.BASE64
        })
@Import({TestOrganizations.class, FailingProvisioningHook.class, CompletedEvents.class, TestDns.class})
@ExtendWith(OwnSecurityContextStrategy.class)
public @interface LyceumIntegrationTest {}
