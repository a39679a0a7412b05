package io.lyceum.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** App-wide basics: the clock, and scheduled background work (sweeps). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BaseConfig {

    /** Times are stored in UTC; tests may replace the clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
