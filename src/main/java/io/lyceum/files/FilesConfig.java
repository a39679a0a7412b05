package io.lyceum.files;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file store's beans for others: its meter of the plan's storage limit, in bytes. */
@Configuration(proxyBeanMethods = false)
class FilesConfig {

    @Bean
    UsageMeter storageUsage(FileStore files) {
        return UsageMeter.of(PlanAction.STORE_FILES, files::storedBytes);
    }
}
