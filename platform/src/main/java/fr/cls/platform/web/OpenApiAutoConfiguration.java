package fr.cls.platform.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Each service's OpenAPI document names the service and uses a relative server URL, so that "Try it out" in
 * the gateway's Swagger UI goes through the gateway rather than to the service's own port.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String application) {
        return new OpenAPI()
                .info(new Info().title(application).version("v1")
                        .description("CLS platform — " + application + ". Errors are RFC 9457 problem+json."))
                .servers(List.of(new Server().url("/").description("through the gateway")));
    }
}
