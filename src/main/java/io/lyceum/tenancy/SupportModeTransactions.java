package io.lyceum.tenancy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Statement;
import org.hibernate.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's transaction manager: Spring Boot's JPA one, except that a transaction begun
 * for staff in support mode is made read-only in PostgreSQL ({@code SET TRANSACTION READ ONLY}).
 * Hibernate still flushes as usual, so a change is refused by the database (SQL state 25006) rather
 * than silently dropped, and the person is told so. The audit log's own transactions are exempt.
 */
@Configuration(proxyBeanMethods = false)
class SupportModeTransactions {

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new ReadOnlyInSupportMode(entityManagerFactory);
    }

    static final class ReadOnlyInSupportMode extends JpaTransactionManager {

        ReadOnlyInSupportMode(EntityManagerFactory entityManagerFactory) {
            super(entityManagerFactory);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            super.doBegin(transaction, definition);
            if (SupportMode.active() && !SupportMode.AUDIT_TRANSACTION.equals(definition.getName())) {
                var holder = (EntityManagerHolder)
                        TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
                if (holder == null) {
                    throw new IllegalStateException("No entity manager bound after the transaction began");
                }
                holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set transaction read only");
                    }
                });
            }
        }
    }
}
