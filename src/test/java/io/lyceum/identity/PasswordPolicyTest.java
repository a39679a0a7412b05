package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(PasswordPolicy.problem(password, "grace@example.com"))
                .get()
                .asString()
                .contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-9", "Zoë-Łukasiewicz-1", "long enough 42"})
    void accepts_reasonable_passwords(String password) {
        assertThat(PasswordPolicy.problem(password, "ada@example.com")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a b@example.com", "a@@example.com", "a@example"})
    void refuses_malformed_emails(String email) {
        assertThat(EmailAddress.problem(email)).isPresent();
    }
}
