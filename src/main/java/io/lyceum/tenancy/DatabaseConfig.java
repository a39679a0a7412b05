package io.lyceum.tenancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With {@code spring.datasource.url} set, Spring Boot's own data source is used. Without it Lyceum
 * starts an embedded PostgreSQL whose data survives restarts, so that a new user needs nothing
 * but a JDK.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DatabaseMode databaseMode(@Value("${spring.datasource.url:}") String url) {
        if (StringUtils.hasText(url)) {
            log.info("Database: PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
        }
        return new DatabaseMode(!StringUtils.hasText(url));
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatasourceUrl.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(@Value("${lyceum.embedded-db.data-dir:./data/pg}") Path dataDir)
                throws IOException {
            Path dir = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            // PostgreSQL refuses a data folder that others may read or write.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Database: embedded PostgreSQL on port {} with data in {} (started in {} ms)",
                    postgres.getPort(), dir, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            var dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(10);
            dataSource.setPoolName("lyceum-embedded");
            return dataSource;
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
