package fr.cls.platform.openapi;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import fr.cls.platform.web.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Each service's OpenAPI document names the service and uses a relative server URL, so that "Try it out" in
 * the gateway's Swagger UI goes through the gateway rather than to the service's own port. People log in with
 * the OIDC issuer (authorization code + PKCE, public client {@code cls-web}); scripts paste a bearer token. Every
 * operation lists the answers it really gives ({@link DocumentedAnswers}).
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OperationCustomizer.class})
public class OpenApiAutoConfiguration {

    static final String OIDC = "oidc";
    static final String BEARER = "bearer";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String application,
            @Value("${cls.openapi.issuer}") String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        SecurityScheme oidc = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Log in with the identity provider: authorization code + PKCE, client cls-web")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(base + "/oauth2/authorize")
                        .tokenUrl(base + "/oauth2/token")
                        .scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"))));
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of an issuer the tenant trusts, with the claims tenant and roles");
        return new OpenAPI()
                .info(new Info().title(application).version("v1")
                        .description("CLS platform — " + application + ". Errors are RFC 9457 problem+json; their type "
                                + "is a section of the problems page. The events it publishes: /v3/asyncapi."))
                .servers(List.of(new Server().url("/").description("through the gateway")))
                .components(new Components()
                        .addSchemas(ProblemSchema.NAME, ProblemSchema.schema())
                        .addSecuritySchemes(OIDC, oidc)
                        .addSecuritySchemes(BEARER, bearer))
                .security(List.of(new SecurityRequirement().addList(OIDC, List.of("openid")),
                        new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OperationCustomizer documentedAnswers(ObjectProvider<ProblemTypes> types) {
        return new DocumentedAnswers(types.getIfAvailable(() -> ProblemTypes.fromClasspath(null)));
    }
}
