package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/** Every write of notification-service leaves an entry in the tenant's hash-chained audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class NotificationAuditIntegrationTest extends ApiTestSupport {

    @Test
    void aSettingsChangeAndASubscriptionChangeAreAuditedAndTheChainStillVerifies() {
        String tenant = TestTenants.next();
        HttpTestClient approver = approver(tenant);
        HttpTestClient person = anonymous().with("Authorization",
                TestEvents.person(tenant, "agent.audit", "agent.audit@test.cls.local", Roles.ARS_AGENT));

        assertThat(approver.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", settings(20)).status()).isEqualTo(200);
        assertThat(person.get("/api/v1/notifications/subscriptions/me").status()).isEqualTo(200);
        assertThat(person.ifMatch("/api/v1/notifications/subscriptions/me").request("PUT", "/api/v1/notifications/subscriptions/me", Map.of("subscriptions",
                List.of(Map.of("topic", "PAYMENT", "channel", "EMAIL", "scope", "ALL")))).status()).isEqualTo(200);

        JsonNode listed = approver.get("/api/v1/audit?size=200").json();
        assertThat(listed.path("items").findValuesAsString("action")).containsExactly("notification.subscriptions-replace",
                "notification.subscriber-create", "notification.settings-replace");
        JsonNode subscriptions = listed.path("items").get(0);
        assertThat(subscriptions.path("subject").asString()).isEqualTo("agent.audit");
        assertThat(subscriptions.path("issuer").asString()).isEqualTo(TestIssuer.trusted().issuer());
        assertThat(subscriptions.path("tenantId").asString()).isEqualTo(tenant);
        assertThat(subscriptions.path("roles").toString()).isEqualTo("[\"ARS_AGENT\"]");
        assertThat(subscriptions.path("resourceType").asString()).isEqualTo("subscriber");
        assertThat(subscriptions.path("resourceId").asString()).isEqualTo("agent.audit");
        JsonNode settings = listed.path("items").get(2);
        assertThat(settings.path("subject").asString()).isEqualTo("test-user");
        assertThat(settings.path("tenantId").asString()).isEqualTo(tenant);
        assertThat(settings.path("resourceType").asString()).isEqualTo("notification-settings");
        assertThat(settings.path("resourceId").asString()).isEqualTo(tenant);

        JsonNode verification = approver.get("/api/v1/audit/verify").json();
        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("entries").asLong()).isEqualTo(3);
    }

    @Test
    void refusedWritesLeaveNoEntry() {
        String tenant = TestTenants.next();
        HttpTestClient approver = approver(tenant);
        HttpTestClient agent = as(tenant, Roles.ARS_AGENT);
        Map<String, Object> invalid = settings(20);
        invalid.put("annualReportDueDay", 31);
        invalid.put("annualReportDueMonth", 4);

        assertThat(approver.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", invalid).status()).isEqualTo(400);
        assertThat(agent.ifMatch("/api/v1/notifications/settings").request("PUT", "/api/v1/notifications/settings", settings(10)).status()).isEqualTo(403);
        // A version never read (reading would record the subscriber): refused either way, and nothing is recorded.
        assertThat(approver.with("If-Match", "\"0\"").request("PUT", "/api/v1/notifications/subscriptions/me", Map.of("subscriptions",
                List.of(Map.of("topic", "PAYMENT", "channel", "EMAIL", "scope", "ONE")))).status()).isIn(400, 409, 412, 422);

        assertThat(approver.get("/api/v1/audit").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void webhookEndpointRegistrationRotationAndDeletionAreAuditedWithTheirVersions() {
        String tenant = TestTenants.next();
        HttpTestClient approver = approver(tenant);
        String id = approver.post("/api/v1/notifications/webhooks", Map.of("url", "http://127.0.0.1:9/hooks",
                "eventTypes", List.of("cls.funding.*"))).json().path("id").asString();
        assertThat(approver.ifMatch("/api/v1/notifications/webhooks/" + id)
                .post("/api/v1/notifications/webhooks/" + id + "/secret-rotation", Map.of()).status()).isEqualTo(200);
        assertThat(approver.ifMatch("/api/v1/notifications/webhooks/" + id)
                .request("DELETE", "/api/v1/notifications/webhooks/" + id, null).status()).isEqualTo(204);

        JsonNode items = approver.get("/api/v1/audit?size=200").json().path("items");
        assertThat(items.findValuesAsString("action")).containsExactly("webhook.endpoint-delete", "webhook.secret-rotate",
                "webhook.endpoint-create");
        assertThat(items.findValuesAsString("resourceId")).containsOnly(id);
        assertThat(items.get(2).path("versionBefore").isNull()).isTrue();
        assertThat(items.get(2).path("versionAfter").asLong()).isZero();
        assertThat(items.get(1).path("versionBefore").asLong()).isZero();
        assertThat(items.get(1).path("versionAfter").asLong()).isEqualTo(1);
        assertThat(items.get(0).path("versionBefore").asLong()).isEqualTo(1);
        assertThat(items.get(0).path("versionAfter").isNull()).isTrue();
        assertThat(approver.get("/api/v1/audit/verify").json().path("valid").asBoolean()).isTrue();
    }

    private HttpTestClient approver(String tenant) {
        return as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
    }

    private static Map<String, Object> settings(int copilDaysBefore) {
        return new HashMap<>(Map.of("copilDaysBefore", copilDaysBefore, "requestWaitingDays", 30, "endOfTermMonths", 3,
                "annualReportDueMonth", 3, "annualReportDueDay", 31, "annualReportDaysBefore", 30));
    }
}
