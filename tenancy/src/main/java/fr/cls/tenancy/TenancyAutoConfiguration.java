package fr.cls.tenancy;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

/**
 * The directory, from {@code cls.tenants.file} (env {@code CLS_TENANTS_FILE}), checked for changes every 10 s, and
 * the operators' changes read from Kafka when {@code cls.tenants.feed.bootstrap-servers} is set.
 */
@AutoConfiguration
@EnableConfigurationProperties(TenantFeedProperties.class)
public class TenancyAutoConfiguration {

    @Bean
    TenantDirectory tenantDirectory(@Value("${cls.tenants.file:${CLS_TENANTS_FILE:classpath:cls-tenants.yml}}") Resource file,
            Environment environment) {
        return new TenantDirectory(file, environment::resolveRequiredPlaceholders);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService tenantDirectoryRefresh(TenantDirectory directory) {
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tenant-directory-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresh.scheduleWithFixedDelay(directory::refresh, 10, 10, TimeUnit.SECONDS);
        return refresh;
    }

    @Bean
    @ConditionalOnExpression("'${cls.tenants.feed.bootstrap-servers:}' != ''")
    TenantDirectoryFeed tenantDirectoryFeed(TenantDirectory directory, TenantFeedProperties properties) {
        return new TenantDirectoryFeed(directory, properties);
    }
}
