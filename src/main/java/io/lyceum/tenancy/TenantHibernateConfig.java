package io.lyceum.tenancy;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Schema-per-tenant Hibernate: the tenant identifier is the schema name, which Hibernate binds to
 * each session's connection. Without an organization in context sessions bind the platform schema,
 * where no tenant table exists, so a forgotten context fails instead of reading another org.
 */
@Component
class TenantHibernateConfig implements HibernatePropertiesCustomizer {

    static final String PLATFORM_SCHEMA = "platform";

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new Resolver());
        properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, new Mapper());
    }

    static final class Resolver implements CurrentTenantIdentifierResolver<String> {

        @Override
        public String resolveCurrentTenantIdentifier() {
            return TenantContext.current().map(Tenant::schema).orElse(PLATFORM_SCHEMA);
        }

        // A session bound to one schema is never reused for another organization's work.
        @Override
        public boolean validateExistingCurrentSessions() {
            return true;
        }
    }

    static final class Mapper implements TenantSchemaMapper<String> {

        @Override
        public String schemaName(String tenantIdentifier) {
            if (!tenantIdentifier.equals(PLATFORM_SCHEMA) && !TenantSchemas.isTenantSchema(tenantIdentifier)) {
                throw new IllegalStateException("Refusing unknown schema " + tenantIdentifier);
            }
            return tenantIdentifier;
        }
    }
}
