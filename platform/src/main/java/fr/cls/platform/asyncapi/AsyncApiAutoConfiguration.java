package fr.cls.platform.asyncapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import fr.cls.platform.events.EventsAutoConfiguration;
import fr.cls.platform.events.EventsProperties;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves {@code /v3/asyncapi} in every service that publishes or reads events. */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Hidden.class)
@ConditionalOnBean(EventsProperties.class)
public class AsyncApiAutoConfiguration {

    /** @param webhooks the service pushes the events it reads to tenants' webhooks (notification-service) */
    @Bean
    AsyncApiController asyncApiController(@Value("${spring.application.name}") String application,
            EventsProperties events, @Value("${cls.asyncapi.webhooks:false}") boolean webhooks) {
        return new AsyncApiController(() -> AsyncApiDocument.of(application,
                EventCatalog.scan(AsyncApiAutoConfiguration.class.getClassLoader()), events.produces(), events.consumes(),
                webhooks));
    }
}
