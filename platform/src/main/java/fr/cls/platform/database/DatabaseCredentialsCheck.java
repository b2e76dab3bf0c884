package fr.cls.platform.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start without a password for the service's database role: there is no default outside the local
 * launcher and the tests, which give one. Checked when the data source is made (before any connection, and after
 * the tests have registered their properties), so the message is this one and not an authentication failure.
 */
public class DatabaseCredentialsCheck implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && environment.getProperty("spring.datasource.password", "").isBlank()) {
            throw new IllegalStateException("No password for the database role " + environment.getProperty(
                    "spring.datasource.username") + ": set CLS_DB_PASSWORD (and CLS_DB_USER to override the role)."
                    + " There is no default: deploy/run-local.sh and the tests set their own.");
        }
        return bean;
    }
}
