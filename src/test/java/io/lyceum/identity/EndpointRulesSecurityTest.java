package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reading an address that no rule names is left to Vaadin's router (it answers "not found"), so every
 * endpoint of our own must sit under a prefix that {@link SecurityConfig} gives a rule: a controller
 * added elsewhere would be open to anyone.
 */
@LyceumIntegrationTest
class EndpointRulesSecurityTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_of_ours_is_under_a_prefix_with_a_rule() {
        List<String> prefixes = Arrays.stream(new String[][] {
                    SecurityConfig.MEMBER_ENDPOINTS,
                    SecurityConfig.PUBLIC_ENDPOINTS,
                    SecurityConfig.WEBHOOK_ENDPOINTS,
                    SecurityConfig.MAIL_IMAGES,
                    SecurityConfig.SUPPORT_ENTRY
                })
                .flatMap(Arrays::stream)
                .map(pattern -> pattern.substring(0, pattern.length() - "**".length()))
                .toList();
        List<String> ours = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getName().startsWith("io.lyceum."))
                .flatMap(entry -> entry.getKey().getPatternValues().stream())
                .toList();

        assertThat(ours)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(prefixes).as("rule for %s", path).anyMatch(path::startsWith));
    }
}
