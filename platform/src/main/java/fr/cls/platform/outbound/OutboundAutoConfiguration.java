package fr.cls.platform.outbound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/** One guard for every service's outbound calls; a test may replace the {@link HostResolver}. */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
@EnableConfigurationProperties(OutboundSettings.class)
public class OutboundAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HostResolver hostResolver() {
        return HostResolver.system();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboundGuard outboundGuard(OutboundSettings settings, HostResolver resolver) {
        return new OutboundGuard(settings, resolver);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboundHttp outboundHttp(OutboundGuard guard, ObjectProvider<RestClient.Builder> builders) {
        // Boot's builder is a prototype: a fresh one, with the observation customizer, for each client.
        return new OutboundHttp(guard, () -> builders.getIfAvailable(RestClient::builder));
    }
}
