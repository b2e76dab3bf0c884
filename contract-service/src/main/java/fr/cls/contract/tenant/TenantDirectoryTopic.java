package fr.cls.contract.tenant;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import fr.cls.tenancy.TenantFeedProperties;

/**
 * The tenant directory's topic, compacted: the newest entry of each tenant is kept forever, and every instance reads
 * them all at start. One partition: a few hundred tenants at most, read in the order they changed.
 */
@Configuration(proxyBeanMethods = false)
class TenantDirectoryTopic {

    @Bean
    KafkaAdmin.NewTopics tenantDirectoryTopics() {
        return new KafkaAdmin.NewTopics(new NewTopic(TenantFeedProperties.TOPIC, 1, (short) 1)
                .configs(Map.of("cleanup.policy", "compact")));
    }
}
