package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    /** A form with an address, as the sign-up form has. */
    record Address(@ValidSlug String slug) {}

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a1b", "data-camp-2026", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void accepts_well_formed_addresses(String slug) {
        assertThat(Slug.isValid(slug)).isTrue();
        assertThat(Violations.of(new Address(slug))).isEmpty();
        assertThat(TenantSchemas.isTenantSchema(TenantSchemas.schemaFor(new Slug(slug))))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'',Choose an address",
        "ab,3 to 40",
        "Acme,lower-case",
        "1acme,lower-case",
        "acme-,Hyphens",
        "ac--me,Hyphens",
        "admin,reserved",
        "www,reserved",
        "pg_x,lower-case",
        "a;drop,lower-case",
        "'acme\"; drop schema x',lower-case"
    })
    void refuses_bad_addresses_with_a_reason(String slug, String reason) {
        assertThat(Slug.isValid(slug)).isFalse();
        assertThat(Violations.of(new Address(slug)))
                .containsOnlyKeys("slug")
                .hasEntrySatisfying("slug", message -> assertThat(message).contains(reason));
        assertThatThrownBy(() -> new Slug(slug)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"Acme Training,acme-training", "Zoë's Café,zoe-s-cafe", "123 Go,go", "  Big   Gap  ,big-gap"})
    void suggests_an_address_from_a_name(String name, String slug) {
        assertThat(Slug.suggest(name)).isEqualTo(slug);
    }
}
