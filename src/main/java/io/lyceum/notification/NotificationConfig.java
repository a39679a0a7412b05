package io.lyceum.notification;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfig {

    /** The plan's emails per month count this month's mail that goes out. */
    @Bean
    UsageMeter mailMeter(MailOutbox outbox) {
        return UsageMeter.of(PlanAction.SEND_EMAIL, outbox::countedThisMonth);
    }
}
