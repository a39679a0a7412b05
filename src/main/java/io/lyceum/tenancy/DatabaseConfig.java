package io.lyceum.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
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
        EmbeddedDatabase embeddedDatabase(
                @Value("${lyceum.embedded-db.data-dir:./data/pg}") Path dataDir,
                @Value("${lyceum.embedded-db.watchdog:true}") boolean watchdog)
                throws IOException {
            return EmbeddedDatabase.start(dataDir, watchdog);
        }

        @Bean
        DataSource dataSource(EmbeddedDatabase database) {
            var dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(database.postgres().getJdbcUrl("postgres", "postgres"));
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
