package fr.cls.platform.database;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * For the services (they name their database in {@code cls.database}): no start without a database password, and no
 * migration at start unless {@code cls.migrate-at-start} (the migration step and the test harness set it).
 */
@AutoConfiguration
@ConditionalOnProperty("cls.database")
public class DatabaseAutoConfiguration {

    public static final String MIGRATE_AT_START = "cls.migrate-at-start";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAutoConfiguration.class);

    @Bean
    static DatabaseCredentialsCheck databaseCredentialsCheck() {
        return new DatabaseCredentialsCheck();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Flyway.class)
    static class Migrations {

        /** Read when Flyway would migrate, so that a property the tests register late still counts. */
        @Bean
        @ConditionalOnMissingBean
        FlywayMigrationStrategy migrationsOnlyInTheMigrationStep(Environment environment) {
            return flyway -> {
                if (environment.getProperty(MIGRATE_AT_START, Boolean.class, false)) {
                    flyway.migrate();
                } else {
                    log.info("migrations are the migration step's (--cls.migrate-only); not run at start");
                }
            };
        }
    }
}
