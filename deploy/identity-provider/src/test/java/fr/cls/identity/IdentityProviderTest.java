package fr.cls.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityProviderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PORT = freePort();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("cls.idp.issuer", () -> "http://127.0.0.1:" + PORT);
    }

    @Test
    void discoveryNamesTheIssuerAndItsKeys() throws Exception {
        JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());

        assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:" + PORT);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo("http://127.0.0.1:" + PORT + "/oauth2/jwks");
    }

    @Test
    void aDemoPersonsClientCredentialsTokenCarriesItsTenantRolesAndAudienceAndVerifies() throws Exception {
        SignedJWT jwt = SignedJWT.parse(JSON.readTree(token("agent.bretagne", "demo").body()).get("access_token").asString());
        RSAKey key = (RSAKey) JWKSet.parse(get("/oauth2/jwks").body()).getKeys().get(0);

        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://127.0.0.1:" + PORT);
        assertThat(jwt.getJWTClaimsSet().getAudience()).contains("cls-platform");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("ars-bretagne");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ARS_AGENT");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("agent.bretagne");
    }

    @Test
    void aPortalClientActsForItsTenantAsAnIntegration() throws Exception {
        SignedJWT jwt = SignedJWT.parse(JSON.readTree(token("portal-ars-ara", "demo").body()).get("access_token").asString());

        assertThat(jwt.getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("ars-ara");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("INTEGRATION");
        // The client id the tenant directory declares as ars-ara's integration client.
        assertThat(jwt.getJWTClaimsSet().getStringClaim("azp")).isEqualTo("portal-ars-ara");
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        assertThat(token("agent.bretagne", "not-demo").statusCode()).isEqualTo(401);
    }

    @Test
    void theSigningKeyKeptInAFileIsReusedAtTheNextStart(@TempDir Path dir) {
        Path file = dir.resolve("jwk.json");

        RSAKey first = SigningKey.loadOrCreate(file);
        RSAKey second = SigningKey.loadOrCreate(file);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toPublicJWK()).isEqualTo(first.toPublicJWK());
        assertThat(SigningKey.loadOrCreate(null).getKeyID()).isNotEqualTo(first.getKeyID());
    }

    @Test
    void swaggerUiOfAServiceLogsInWithTheCodeFlowOfThePublicClientClsWebWithPkce() throws Exception {
        HttpResponse<String> answer = authorize("http://127.0.0.1:8082/swagger-ui/oauth2-redirect.html",
                "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void clsWebWithoutPkceIsSentBackWithAnErrorAndNeverToAnUnregisteredRedirect() throws Exception {
        HttpResponse<String> withoutPkce = authorize("http://127.0.0.1:8080/webjars/swagger-ui/oauth2-redirect.html", "");
        HttpResponse<String> elsewhere = authorize("https://attacker.example/callback",
                "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        assertThat(withoutPkce.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("http://127.0.0.1:8080/webjars/swagger-ui/oauth2-redirect.html").contains("error=invalid_request"));
        assertThat(elsewhere.headers().firstValue("Location").orElse("")).doesNotContain("attacker.example");
    }

    @Test
    void theTokenEndpointAllowsTheSwaggerUiOriginsAcrossOrigins() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PORT + "/oauth2/token"))
                .header("Origin", "http://127.0.0.1:8080").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
    }

    private HttpResponse<String> authorize(String redirect, String pkce) throws Exception {
        String query = "response_type=code&client_id=cls-web&scope=openid&state=s1&redirect_uri="
                + java.net.URLEncoder.encode(redirect, StandardCharsets.UTF_8) + pkce;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PORT + "/oauth2/authorize?" + query))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> token(String client, String secret) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
