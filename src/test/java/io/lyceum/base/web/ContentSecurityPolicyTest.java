package io.lyceum.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Vaadin's page in production: its own inline scripts carry the response's nonce, nothing else may run inline. */
class ContentSecurityPolicyTest {

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private String[] render() {
        var service = (VaadinServletService) VaadinService.getCurrent();
        var document = Jsoup.parse("<html><head><script initial>window.Vaadin={};</script>"
                + "<script type=\"module\" src=\"./VAADIN/build/index.js\"></script></head><body></body></html>");
        var servletResponse = new MockHttpServletResponse();
        ContentSecurityPolicy.apply(new IndexHtmlResponse(
                new VaadinServletRequest(new MockHttpServletRequest(), service),
                new VaadinServletResponse(servletResponse, service),
                document));
        String policy = servletResponse.getHeader("Content-Security-Policy");
        var nonces = document.getElementsByTag("script").eachAttr("nonce");
        assertThat(nonces).hasSize(2).containsOnly(nonces.getFirst());
        return new String[] {policy, nonces.getFirst()};
    }

    @Test
    void the_pages_scripts_get_a_fresh_nonce_that_the_policy_names() {
        String[] first = render();
        String[] second = render();
        assertThat(first[1]).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(second[1]);
        assertThat(first[0])
                .contains("script-src 'self' 'nonce-" + first[1] + "' 'unsafe-eval'")
                .doesNotContain("script-src 'self' 'unsafe-inline'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("base-uri 'self'");
    }
}
