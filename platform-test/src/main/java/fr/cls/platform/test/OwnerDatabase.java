package fr.cls.platform.test;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The service's database as its owner (the role migrations run as), which row-level security does not
 * restrict: for tests that inspect every tenant's rows or tamper with them as someone with database access would.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcTemplate jdbc(DataSource serviceDataSource, Environment environment) {
        String url;
        try (Connection connection = serviceDataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String user = environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username"));
        String password = environment.getProperty("spring.flyway.password", environment.getProperty("spring.datasource.password", ""));
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }
}
