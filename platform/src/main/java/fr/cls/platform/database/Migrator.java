package fr.cls.platform.database;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The migration step: only the service's configuration, a data source and Flyway (no web server, no Kafka, no
 * jobs). Flyway connects as the owner ({@code spring.flyway.user}); the migrations create the service's login role
 * with the password given to the service.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, DatabaseAutoConfiguration.class })
class Migrator {

    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    /** @return the process's exit status: 0 once the schema is up to date */
    static int migrate(String[] args) {
        // On the command line, so nothing in the configuration turns it off.
        String[] withFlyway = Stream.concat(Arrays.stream(args), Stream.of("--" + DatabaseAutoConfiguration.MIGRATE_AT_START + "=true"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Migrator.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).run(withFlyway)) {
            Flyway flyway = context.getBean(Flyway.class);
            log.info("database migrated: schema version {}", flyway.info().current() == null ? "none"
                    : flyway.info().current().getVersion());
            return 0;
        } catch (RuntimeException e) {
            log.error("migration failed: {}", e.getMessage(), e);
            return 1;
        }
    }
}
