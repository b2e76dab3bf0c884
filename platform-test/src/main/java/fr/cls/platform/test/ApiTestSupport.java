package fr.cls.platform.test;

import java.util.List;

import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cls.identity.test.TestIssuer;

/**
 * What an integration test of a service's API extends (with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}):
 * clients of the service under test for a caller, with a token of the trusted test issuer unless told otherwise.
 */
public abstract class ApiTestSupport {

    @LocalServerPort
    protected int port;

    /** The service, no token. */
    protected HttpTestClient anonymous() {
        return new HttpTestClient("http://localhost:" + port);
    }

    /** A user of {@code tenant} with these roles (subject test-user). */
    protected HttpTestClient as(String tenant, String... roles) {
        return anonymous().with("Authorization", TestIssuer.trusted().bearer(tenant, roles));
    }

    /** A named person (token subject) of {@code tenant}. */
    protected HttpTestClient asPerson(String tenant, String subject, String... roles) {
        return asPerson(TestIssuer.trusted(), tenant, subject, roles);
    }

    /** A person is issuer and subject: the same subject from another issuer is somebody else. */
    protected HttpTestClient asPerson(TestIssuer issuer, String tenant, String subject, String... roles) {
        String token = issuer.token(claims -> claims.subject(subject).claim("tenant", tenant).claim("roles", List.of(roles)));
        return anonymous().with("Authorization", "Bearer " + token);
    }
}
