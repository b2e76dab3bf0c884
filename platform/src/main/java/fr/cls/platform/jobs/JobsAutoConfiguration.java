package fr.cls.platform.jobs;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Gives a service with a database its {@link ClusterJobs}. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnBean(DataSource.class)
public class JobsAutoConfiguration {

    @Bean
    ClusterJobs clusterJobs(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        return new ClusterJobs(dataSource, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
