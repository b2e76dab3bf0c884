package fr.cls.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

class BearerHeaderTest {

    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwOi8vaWRwIn0.c2lnbmF0dXJl-_~+/==";

    final BearerHeader converter = new BearerHeader();

    @Test
    void readsAWellFormedBearerTokenInAnyCaseOfTheScheme() {
        for (String scheme : new String[] {"Bearer ", "bearer ", "BEARER "}) {
            assertThat(convert(MockServerHttpRequest.get("/api/v1/contracts").header("Authorization", scheme + TOKEN)))
                    .isEqualTo(TOKEN);
        }
    }

    @Test
    void answersExactlyAsSpringsConverterForEveryOtherHeader() {
        String[] headers = {"Bearer", "Bearer ", "Bearer  " + TOKEN, "Bearer " + TOKEN + " ", "Bearer a=b", "Bearer ===",
                "Bearer tok\u00e9n", "Basic YWdlbnQ6ZGVtbw==", "Bearertoken", "Bearer " + TOKEN + "=x"};
        for (String header : headers) {
            assertThat(outcome(converter, header)).as(header).isEqualTo(outcome(new ServerBearerTokenAuthenticationConverter(), header));
        }
        assertThat(convert(MockServerHttpRequest.get("/api/v1/contracts"))).as("no header: anonymous").isNull();
    }

    @Test
    void leavesARequestWithAnAccessTokenQueryParameterToSpring() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/v1/contracts?access_token=" + TOKEN).header("Authorization", "Bearer other"));
        MockServerWebExchange same = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/v1/contracts?access_token=" + TOKEN).header("Authorization", "Bearer other"));

        assertThat(outcome(converter, exchange)).isEqualTo(outcome(new ServerBearerTokenAuthenticationConverter(), same))
                .isEqualTo("token other");
    }

    private String convert(MockServerHttpRequest.BaseBuilder<?> request) {
        Authentication authentication = converter.convert(MockServerWebExchange.from(request)).block();
        return authentication == null ? null : ((BearerTokenAuthenticationToken) authentication).getToken();
    }

    private static String outcome(ServerAuthenticationConverter converter, String header) {
        return outcome(converter, MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/contracts")
                .header("Authorization", header)));
    }

    private static String outcome(ServerAuthenticationConverter converter, MockServerWebExchange exchange) {
        try {
            Authentication authentication = converter.convert(exchange).block();
            return authentication == null ? "anonymous" : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode();
        }
    }
}
