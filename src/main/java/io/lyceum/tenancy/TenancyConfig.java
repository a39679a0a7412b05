package io.lyceum.tenancy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TenancyProperties.class, TrustedProxies.Settings.class})
class TenancyConfig {

    @Bean
    TrustedProxies trustedProxies(TrustedProxies.Settings settings) {
        return new TrustedProxies(settings);
    }

    /** Runs before Spring Security, so that authentication already knows the organization. */
    @Bean
    FilterRegistrationBean<TenantFilter> tenantFilter(TenancyProperties properties, TenantDirectory directory) {
        var registration = new FilterRegistrationBean<>(new TenantFilter(properties, directory));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
