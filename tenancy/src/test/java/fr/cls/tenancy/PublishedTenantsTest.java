package fr.cls.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jwt.Jwt;

import tools.jackson.databind.json.JsonMapper;

/** Entries published by the operators' API over the bootstrap file: precedence, order, suspension, role lists. */
class PublishedTenantsTest {

    private final TenantDirectory directory = new TenantDirectory(new ByteArrayResource("""
            tenants:
              - {id: ars-x, kind: ARS, name: ARS X, insee-code: "53", issuers: [http://a]}
            """.getBytes()), s -> s);

    @Test
    void aPublishedEntryTakesPrecedenceOverTheFileAndAnOlderVersionIsIgnored() {
        assertThat(directory.apply(tenant("ars-x", "ARS X renamed", 2, false))).isTrue();
        assertThat(directory.apply(tenant("ars-x", "ARS X older", 1, false))).isFalse();
        assertThat(directory.apply(tenant("ars-x", "ARS X again", 2, false))).isFalse();

        assertThat(directory.find("ars-x")).get().extracting(Tenant::name).isEqualTo("ARS X renamed");
    }

    @Test
    void aTenantAddedThroughTheApiIsListedAfterTheFilesTenants() {
        directory.apply(tenant("cd-22", "CD 22", 1, false));

        assertThat(directory.all()).extracting(Tenant::id).containsExactly("ars-x", "cd-22");
        assertThat(directory.isTrustedIssuer("http://b")).isTrue();
    }

    @Test
    void aSuspendedTenantsTokensAreRefusedAndAcceptedAgainOnceReinstated() {
        directory.apply(tenant("ars-x", "ARS X", 1, true));
        assertThat(TokenRules.validator("http://a", directory).validate(jwt("ars-x")).getErrors())
                .anySatisfy(e -> assertThat(e.getDescription()).contains("suspended"));

        directory.apply(tenant("ars-x", "ARS X", 2, false));
        assertThat(TokenRules.validator("http://a", directory).validate(jwt("ars-x")).hasErrors()).isFalse();
    }

    @Test
    void aTenantsOwnRoleListNarrowsWhatItsKindAllows() {
        Tenant agentsOnly = new Tenant("ars-y", TenantKind.ARS, "ARS Y", "52", List.of("http://a"), null, List.of(),
                Set.of("ARS_AGENT"), false, 1);

        assertThat(agentsOnly.mayHold("ARS_AGENT", null)).isTrue();
        assertThat(agentsOnly.mayHold("ARS_APPROVER", null)).isFalse();
        assertThat(agentsOnly.mayHold("offline_access", null)).isTrue();
    }

    @Test
    void theEntrySchemaRoundTrips() {
        Tenant tenant = new Tenant("cd-22", TenantKind.DEPARTEMENT, "CD 22", "22", List.of("https://idp.cd22.fr"),
                new Tenant.RateLimit(20, 40), List.of("portal-22"), Set.of("DEPARTEMENT_AGENT"), true, 7);

        assertThat(TenantEntry.toTenant(TenantEntry.of(tenant))).isEqualTo(tenant);
    }

    @Test
    void theFeedTakesOnlyRecordsOfTheDirectorysProducer() {
        TenantDirectoryFeed feed = new TenantDirectoryFeed(directory,
                new TenantFeedProperties("127.0.0.1:1", null, null, null, null, null));
        JsonMapper json = JsonMapper.builder().build();
        String forged = json.writeValueAsString(Map.of("source", "/funding-service",
                "data", TenantEntry.of(tenant("ars-x", "forged", 9, true))));
        String genuine = json.writeValueAsString(Map.of("source", "/contract-service",
                "data", TenantEntry.of(tenant("ars-x", "genuine", 3, false))));

        feed.take(new ConsumerRecord<>(TenantFeedProperties.TOPIC, 0, 0, "ars-x", forged));
        assertThat(directory.find("ars-x")).get().extracting(Tenant::name).isEqualTo("ARS X");
        feed.take(new ConsumerRecord<>(TenantFeedProperties.TOPIC, 0, 1, "ars-x", genuine));
        assertThat(directory.find("ars-x")).get().extracting(Tenant::name).isEqualTo("genuine");
        feed.take(new ConsumerRecord<>(TenantFeedProperties.TOPIC, 0, 2, "ars-x", "not json"));
        assertThat(feed.applied()).isEqualTo(1);
    }

    private static Tenant tenant(String id, String name, long version, boolean suspended) {
        return new Tenant(id, id.startsWith("cd") ? TenantKind.DEPARTEMENT : TenantKind.ARS, name, "53",
                List.of("http://a", "http://b"), null, List.of(), Set.of(), suspended, version);
    }

    private static Jwt jwt(String tenant) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer("http://a").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).audience(List.of(TokenRules.AUDIENCE))
                .claim(TokenRules.TENANT_CLAIM, tenant).build();
    }
}
