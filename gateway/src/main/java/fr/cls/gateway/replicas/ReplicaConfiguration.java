package fr.cls.gateway.replicas;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The balancer over the services given several URLs; with one URL each, it lets every request through unchanged. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaConfiguration {

    @Bean
    ReplicaBalancer replicaBalancer(ReplicaSettings settings) {
        List<ReplicaGroup> groups = settings.urls().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new ReplicaGroup(entry.getKey(), entry.getValue(), settings.downFor(), System::nanoTime))
                .toList();
        return new ReplicaBalancer(groups);
    }
}
