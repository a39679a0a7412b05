package io.lyceum.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfig {

    /** Times are stored in UTC; tests may replace the clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
