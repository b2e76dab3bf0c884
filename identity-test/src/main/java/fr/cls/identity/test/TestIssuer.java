package fr.cls.identity.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OIDC issuer for service tests: it serves discovery and its JWKS over HTTP on a free port and signs
 * RS256 tokens, so services validate them exactly as in production (fetching keys, checking claims).
 * {@link #trusted()} is the issuer the test tenant directory trusts; {@link #untrusted()} is any other.
 */
public final class TestIssuer implements AutoCloseable {

    private static TestIssuer trusted;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> reply(exchange, """
                {"issuer":"%s","jwks_uri":"%s/jwks","subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"]}"""
                .formatted(issuer, issuer)));
        server.createContext("/jwks", exchange -> reply(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    public static synchronized TestIssuer trusted() {
        if (trusted == null) {
            trusted = new TestIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(trusted::close, "stop-test-issuer"));
        }
        return trusted;
    }

    /** A working issuer that no tenant trusts. Close it after use. */
    public static TestIssuer untrusted() {
        return new TestIssuer();
    }

    public String issuer() {
        return issuer;
    }

    /** {@code Authorization} header value for a user of {@code tenant} with these roles. */
    public String bearer(String tenant, String... roles) {
        return "Bearer " + token(claims -> claims.claim("tenant", tenant).claim("roles", List.of(roles)));
    }

    /** A token with the usual claims (15 min, audience cls-platform, subject test-user), then {@code customize}. */
    public String token(Consumer<JWTClaimsSet.Builder> customize) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("test-user")
                .audience("cls-platform")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
        customize.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
