package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TenantFilterLanguageTest {

    /** What a servlet container on a German server answers for getLocale() when the browser sent no header. */
    private static HttpServletRequestWrapper onAGermanServer(MockHttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Locale getLocale() {
                return request.getHeader("Accept-Language") == null ? Locale.GERMANY : request.getLocale();
            }
        };
    }

    @Test
    void without_accept_language_the_filters_pages_are_english_not_the_servers_language() {
        var request = new MockHttpServletRequest();
        assertThat(TenantFilter.language(onAGermanServer(request))).isEqualTo(Locale.ENGLISH);

        request.addHeader("Accept-Language", "de-DE,de;q=0.9");
        assertThat(TenantFilter.language(onAGermanServer(request))).isEqualTo(Locale.GERMAN);
    }
}
