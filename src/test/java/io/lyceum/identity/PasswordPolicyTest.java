package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.lyceum.Violations;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short1,at least 10",
        "onlyletterslong,Mix letters",
        "1234567890123,Mix letters",
        "password123,too easy",
        "aaaaaaaaa1,too easy",
        "grace-hopper-1,email address"
    })
    void refuses_weak_passwords_with_a_reason(String password, String reason) {
        assertThat(Violations.of(new NewUser("grace@example.com", "Grace", password, Set.of(Role.STUDENT))))
                .containsOnlyKeys("password")
                .hasEntrySatisfying("password", message -> assertThat(message).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-9", "Zoë-Łukasiewicz-1", "long enough 42"})
    void accepts_reasonable_passwords(String password) {
        assertThat(Violations.of(new NewUser("ada@example.com", "Ada", password, Set.of(Role.STUDENT))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a b@example.com", "a@@example.com", "a@example"})
    void refuses_malformed_emails(String email) {
        assertThat(EmailAddress.Check.isValid(email)).isFalse();
        assertThat(Violations.of(new NewUser(email, "Ada", "correct-horse-9", Set.of(Role.STUDENT))))
                .containsExactly(entry(
                        "email",
                        email.isEmpty()
                                ? "Enter an email address"
                                : "Enter a valid email address, like name@example.com"));
    }
}
