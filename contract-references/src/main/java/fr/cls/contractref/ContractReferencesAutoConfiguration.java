package fr.cls.contractref;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventsAutoConfiguration;
import fr.cls.tenancy.TenancyAutoConfiguration;
import fr.cls.tenancy.TenantDirectory;

/**
 * The consuming service keeps the table {@code contract_reference} in its own migrations (V1, V2; coordinators:
 * funding V11, governance V15; their issuers: funding V14, governance V18).
 */
@AutoConfiguration(after = {EventsAutoConfiguration.class, TenancyAutoConfiguration.class})
public class ContractReferencesAutoConfiguration {

    @Bean
    ContractReferences contractReferences(@Value("${spring.application.name}") String application, EventInbox inbox,
            JdbcTemplate jdbc, Clock clock, TenantDirectory tenants) {
        return new ContractReferences(application + ".contract-references", inbox, jdbc, clock, tenants);
    }
}
