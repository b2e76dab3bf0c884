package fr.cls.platform.outbound;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** One guard for every service's outbound calls; a test may replace the {@link HostResolver}. */
@AutoConfiguration
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
    OutboundHttp outboundHttp(OutboundGuard guard) {
        return new OutboundHttp(guard);
    }
}
