package io.lyceum.base.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Services' refusals in the reader's language (see {@link ReaderLocale}), like the forms' own. */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    @Bean
    ValidationConfigurationCustomizer readerLocaleMessages() {
        return configuration -> {
            MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
            configuration.messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, ReaderLocale.current());
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return standard.interpolate(template, context, locale);
                }
            });
        };
    }
}
