package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.sun.net.httpserver.HttpServer;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.IsolationMatrix;
import fr.cls.platform.test.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantIsolationMatrixTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Test
    void everyRouteRefusesBadTokensAndShowsAnotherTenantNothing() throws Exception {
        String base = "http://localhost:" + port;
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        HttpTestClient.Response hook = new HttpTestClient(base)
                .with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER))
                .post("/api/v1/notifications/webhooks", Map.of("url", hookUrl, "eventTypes", List.of("cls.contract.*")));
        String endpointId = hook.json().get("id").asString();
        UUID contract = UUID.randomUUID();
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contract.toString(), OffsetDateTime.now(), "application/json", "ars-paca",
                "corr-secret-" + UUID.randomUUID(), json.valueToTree(new ContractInitiatedV1(contract, "CLS", "CLS de Toulon",
                        "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2015, 5, 4))));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
        HttpTestClient paca = new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT));
        await().atMost(Duration.ofSeconds(30)).until(() -> paca.get("/api/v1/notifications/deliveries?subject=" + contract)
                .json().path("totalItems").asLong() == 1);

        // A COPIL member of the owner tenant with an inbox item (a convocation) and subscriptions of their own.
        String ownerEmail = "matrix-owner-" + UUID.randomUUID() + "@secret.cls.local";
        HttpTestClient member = new HttpTestClient(base).with("Authorization",
                TestEvents.person("ars-paca", "matrix-owner", ownerEmail, Roles.GOVERNANCE_MEMBER));
        member.get("/api/v1/notifications/subscriptions/me");
        // Its own contract id, so that the delivery log of the first contract keeps its single LOG row.
        UUID copilContract = UUID.randomUUID();
        EventEnvelope convened = TestEvents.envelope(json, "/governance-service", MeetingConvenedV1.TYPE, "ars-paca", copilContract,
                new MeetingConvenedV1(UUID.randomUUID(), UUID.randomUUID(), "COPIL", copilContract, "COPIL secret de Toulon",
                        LocalDate.of(2026, 12, 15), "Toulon", LocalDate.of(2026, 11, 20), false, List.of()), OffsetDateTime.now());
        kafka.send(GovernanceEvents.TOPIC, convened.subject(), codec.encode(convened)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> member.get("/api/v1/notifications/inbox/unread-count")
                .json().path("unread").asLong() == 1);
        new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER))
                .ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", Map.of("copilDaysBefore", 15, "requestWaitingDays", 30,
                        "endOfTermMonths", 3, "annualReportDueMonth", 3, "annualReportDueDay", 31, "annualReportDaysBefore", 30,
                        "signature", "Signature secrète de PACA"));
        String item = member.get("/api/v1/notifications/inbox").json().path("items").get(0).path("id").asString();
        // The tenant's own wording of its English emails.
        String template = "/api/v1/notifications/templates/notification/en";
        HttpTestClient pacaApprover = new HttpTestClient(base)
                .with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER));
        assertThat(pacaApprover.with("If-Match", "\"0\"").request("PUT", template, Map.of("subject", "Objet secret de PACA {{title}}",
                "text", "{{body}}", "html", "<p>{{body}}</p>")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> paca.get("/api/v1/notifications/webhooks/deliveries?status=DELIVERED")
                .json().path("totalItems").asLong() == 1);
        String deliveryId = paca.get("/api/v1/notifications/webhooks/deliveries").json().get("items").get(0).get("id").asString();
        String webhook = "/api/v1/notifications/webhooks/" + endpointId;
        String delivery = "/api/v1/notifications/webhooks/deliveries/" + deliveryId;

        try {
            new IsolationMatrix(base).withPlatformRoutes().withActuatorRoutes()
                    .owner(TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT)).everyOutsider("ars-paca")
                    // The tenant's email signature is the tenant's, not a contract's: its coordinators read the settings.
                    .tenantWide("Signature secrète de PACA")
                    .listing("GET /api/v1/notifications/deliveries", "/api/v1/notifications/deliveries?subject=" + contract,
                            event.id().toString())
                    .listing("GET /api/v1/notifications/subscriptions", "/api/v1/notifications/subscriptions", "matrix-owner")
                    .with("GET /api/v1/notifications/subscriptions/me", "/api/v1/notifications/subscriptions/me", null)
                    .with("PUT /api/v1/notifications/subscriptions/me", "/api/v1/notifications/subscriptions/me",
                            Map.of("subscriptions", List.of(Map.of("topic", "PAYMENT", "channel", "INBOX", "scope", "ALL"))))
                    .with("GET /api/v1/notifications/settings", "/api/v1/notifications/settings", null)
                    .with("PUT /api/v1/notifications/settings", "/api/v1/notifications/settings",
                            Map.of("copilDaysBefore", 10, "requestWaitingDays", 20, "endOfTermMonths", 3, "annualReportDueMonth", 3,
                                    "annualReportDueDay", 31, "annualReportDaysBefore", 30))
                    .with("GET /api/v1/notifications/inbox", "/api/v1/notifications/inbox", null)
                    .with("GET /api/v1/notifications/inbox/unread-count", "/api/v1/notifications/inbox/unread-count", null)
                    .with("POST /api/v1/notifications/inbox/{id}/read", "/api/v1/notifications/inbox/" + item + "/read", null)
                    .with("POST /api/v1/notifications/webhooks", "/api/v1/notifications/webhooks",
                            Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("*")))
                    .listing("GET /api/v1/notifications/webhooks", "/api/v1/notifications/webhooks", endpointId)
                    .with("GET /api/v1/notifications/webhooks/{id}", webhook, null)
                    .with("POST /api/v1/notifications/webhooks/{id}/secret-rotation", webhook + "/secret-rotation", null)
                    .with("POST /api/v1/notifications/webhooks/{id}/disable", webhook + "/disable", null)
                    .with("POST /api/v1/notifications/webhooks/{id}/enable", webhook + "/enable", null)
                    .with("DELETE /api/v1/notifications/webhooks/{id}", webhook, null)
                    .listing("GET /api/v1/notifications/webhooks/deliveries", "/api/v1/notifications/webhooks/deliveries", deliveryId)
                    .with("GET /api/v1/notifications/webhooks/deliveries/{id}", delivery, null)
                    .with("POST /api/v1/notifications/webhooks/deliveries/{id}/replay", delivery + "/replay", null)
                    .with("GET /api/v1/notifications/templates", "/api/v1/notifications/templates", null)
                    .with("GET /api/v1/notifications/templates/{name}/{language}", template, null)
                    .with("PUT /api/v1/notifications/templates/{name}/{language}", template,
                            Map.of("subject", "{{title}}", "text", "{{body}}", "html", "<p>{{body}}</p>"))
                    .with("DELETE /api/v1/notifications/templates/{name}/{language}", template, null)
                    .with("GET /api/v1/notifications/templates/{name}/{language}/preview", template + "/preview", null)
                    .verify(List.of(contract.toString(), event.id().toString(), event.correlationid(), ownerEmail, "matrix-owner",
                            item, "COPIL secret de Toulon", "Signature secrète de PACA", copilContract.toString(), endpointId,
                            deliveryId, hookUrl, hook.json().get("secret").asString(), "Objet secret de PACA"));
        } finally {
            receiver.stop(0);
        }
        // Nothing the other tenant tried changed the owner's endpoint.
        assertThat(paca.get(webhook).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(pacaApprover.get(template).json().path("subject").asString()).isEqualTo("Objet secret de PACA {{title}}");
    }
}
