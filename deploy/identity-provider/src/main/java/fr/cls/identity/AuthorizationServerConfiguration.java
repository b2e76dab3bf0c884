package fr.cls.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Tokens the platform accepts: audience {@code cls-platform}, claims {@code tenant} and {@code roles}. People log
 * in through the browser (authorization code + PKCE, client {@code cls-web}); scripts and portals use client
 * credentials, each demo person also being a client of the same name.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String AUDIENCE = "cls-platform";
    static final String DEMO_SECRET = "{noop}demo";
    /** Cheap bcrypt: the registry wants every client's stored secret to differ, and these are demo secrets. */
    private static final BCryptPasswordEncoder DEMO_HASHER = new BCryptPasswordEncoder(4);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndHealth(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Swagger UI exchanges cls-web's code for a token from the browser, on another origin than this issuer. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${cls.idp.browser-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Requested-With"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/token", cors);
        source.registerCorsConfiguration("/oauth2/jwks", cors);
        source.registerCorsConfiguration("/.well-known/openid-configuration", cors);
        return source;
    }

    @Bean
    DemoIdentities demoIdentities(@Value("${cls.idp.identities:classpath:demo-identities.yml}") Resource file) {
        return DemoIdentities.load(file);
    }

    @Bean
    UserDetailsService users(DemoIdentities identities) {
        return new InMemoryUserDetailsManager(identities.users().stream()
                .map(u -> User.withUsername(u.name()).password(DEMO_SECRET).roles(u.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(DemoIdentities identities, @Value("${cls.idp.token-ttl:15m}") Duration ttl,
            @Value("${cls.idp.browser-redirects}") List<String> redirects,
            @Value("${cls.idp.post-logout-redirects:}") List<String> postLogoutRedirects) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(ttl).build();
        List<RegisteredClient> clients = new ArrayList<>();
        for (DemoIdentities.Identity identity : identities.users()) {
            clients.add(clientCredentials(identity.name(), tokens));
        }
        for (DemoIdentities.Identity identity : identities.clients()) {
            clients.add(clientCredentials(identity.name(), tokens));
        }
        RegisteredClient.Builder web = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("cls-web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
        redirects.forEach(web::redirectUri);
        // The console logs out here too (RP-initiated logout), then comes back to these pages.
        postLogoutRedirects.stream().filter(uri -> !uri.isBlank()).forEach(web::postLogoutRedirectUri);
        clients.add(web.build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient clientCredentials(String name, TokenSettings tokens) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(name)
                .clientSecret("{bcrypt}" + DEMO_HASHER.encode("demo"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }

    /** The principal is the person who logged in, or the client for client credentials: both are demo identities. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tenantAndRoles(DemoIdentities identities) {
        return context -> identities.find(context.getPrincipal().getName()).ifPresent(identity -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(AUDIENCE));
                context.getClaims().claim("tenant", identity.tenant());
                context.getClaims().claim("roles", identity.roles());
                // The client the token was issued to: the platform honours INTEGRATION only for the tenant's
                // declared integration clients (cls-tenants.yml), as Keycloak's azp.
                context.getClaims().claim("azp", context.getRegisteredClient().getClientId());
            }
            context.getClaims().claim("name", identity.displayName());
            if (identity.email() != null) {
                context.getClaims().claim("email", identity.email());
            }
        });
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(@Value("${cls.idp.key-file:}") String keyFile) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(keyFile.isBlank() ? null : Path.of(keyFile))));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${cls.idp.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
