package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TenantFilterLanguageTest {

    @Test
    void without_accept_language_the_filters_pages_are_english_not_the_servers_language() {
        var request = new MockHttpServletRequest();
        // What a servlet container on a German server reports when the browser sent no header.
        request.setPreferredLocales(List.of(Locale.GERMANY));
        assertThat(TenantFilter.language(request)).isEqualTo(Locale.ENGLISH);

        request.addHeader("Accept-Language", "de-DE,de;q=0.9");
        assertThat(TenantFilter.language(request)).isEqualTo(Locale.GERMAN);
    }
}
