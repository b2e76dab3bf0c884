package fr.cls.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventEnvelope;
import tools.jackson.databind.json.JsonMapper;

/** Envelopes and people for the notification tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static EventEnvelope envelope(JsonMapper json, String source, String type, String tenant, Object subject,
            Object payload, OffsetDateTime time) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, type, subject.toString(), time,
                "application/json", tenant, "test-" + UUID.randomUUID(), json.valueToTree(payload));
    }

    /** {@code Authorization} value for a person with an email address, as the demo issuer signs them. */
    public static String person(String tenant, String subject, String email, String... roles) {
        return "Bearer " + TestIssuer.trusted().token(claims -> claims.subject(subject).claim("tenant", tenant)
                .claim("roles", List.of(roles)).claim("email", email).claim("name", "Personne " + subject));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
