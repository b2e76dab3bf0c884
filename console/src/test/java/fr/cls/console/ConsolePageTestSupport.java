package fr.cls.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's pages against one stub gateway (which also plays the issuer's discovery), shared by the page tests. */
@SpringBootTest(properties = "logging.structured.format.console=")
@AutoConfigureMockMvc
abstract class ConsolePageTestSupport {

    static final StubGateway GATEWAY = start();

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("cls.console.gateway-url", GATEWAY::url);
        // The stub also plays the issuer's discovery document, read once at start-up.
        registry.add("spring.security.oauth2.client.provider.cls.issuer-uri", GATEWAY::url);
    }

    @BeforeEach
    void reset() {
        GATEWAY.reset();
    }

    /** Logged in, with the access token the console must relay. */
    RequestPostProcessor agent() {
        Instant now = Instant.now();
        RequestPostProcessor login = oauth2Login().clientRegistration(registrations.findByRegistrationId("cls"));
        RequestPostProcessor token = oauth2Client("cls").principalName("user")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-of-agent", now, now.plusSeconds(300)));
        return request -> token.postProcessRequest(login.postProcessRequest(request));
    }

    RequestPostProcessor agentLoggedIn() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("cls"));
    }

    private static StubGateway start() {
        try {
            return new StubGateway().discovery();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
