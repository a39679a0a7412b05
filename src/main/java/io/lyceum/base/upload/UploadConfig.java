package io.lyceum.base.upload;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Request-size limits for the whole servlet container, derived from {@link UploadLimits}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadLimits.class)
class UploadConfig {

    /**
     * Right after the security headers (so that its answer carries them too), before anything else
     * looks at the request.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(UploadLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Multipart bodies (Vaadin's servlet and Spring's use this bean) may carry the largest upload;
     * Spring Boot's own default of 1 MB would refuse images the page says it accepts.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimits limits) {
        long largest = limits.largest().toBytes();
        return new MultipartConfigElement("", largest, largest + RequestBodyLimit.MULTIPART_OVERHEAD, 256 * 1024);
    }
}
