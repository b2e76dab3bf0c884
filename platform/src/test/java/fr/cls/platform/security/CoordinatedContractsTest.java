package fr.cls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import fr.cls.platform.context.Actor;
import fr.cls.platform.context.TenantContext;
import fr.cls.tenancy.TenantDirectory;

class CoordinatedContractsTest {

    static final String A = "https://idp-a.example";
    static final String B = "https://idp-b.example";
    static final List<String> ONE_ISSUER = List.of(A);
    static final List<String> TWO_ISSUERS = List.of(A, B);
    static final Actor COORDINATOR = new Actor(A, "coordinator.a", List.of(Roles.CLS_COORDINATOR));

    @Test
    void aCoordinatorReachesOnlyTheContractsNamingThem() {
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of(new Coordinator(A, "coordinator.a")), TWO_ISSUERS)).isTrue();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of(new Coordinator(A, "coordinator.b")), TWO_ISSUERS)).isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of(), ONE_ISSUER)).isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, null, ONE_ISSUER)).isFalse();
    }

    @Test
    void theSameSubjectFromAnotherIssuerIsNotReached() {
        Actor namesake = new Actor(B, "coordinator.a", List.of(Roles.CLS_COORDINATOR));

        assertThat(CoordinatedContracts.reaches(namesake, List.of(new Coordinator(A, "coordinator.a")), TWO_ISSUERS)).isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of(new Coordinator(B, "coordinator.a")), TWO_ISSUERS)).isFalse();
        // even where the tenant now trusts only the other issuer: the recorded issuer decides
        assertThat(CoordinatedContracts.reaches(namesake, List.of(new Coordinator(A, "coordinator.a")), List.of(B))).isFalse();
    }

    @Test
    void aCoordinatorRecordedWithoutIssuerIsReachedOnlyWhileTheTenantTrustsThatOneIssuer() {
        List<Coordinator> legacy = List.of(new Coordinator(null, "coordinator.a"));

        assertThat(CoordinatedContracts.reaches(COORDINATOR, legacy, ONE_ISSUER)).isTrue();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, legacy, TWO_ISSUERS)).as("two issuers: which namesake?").isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, legacy, List.of(B))).as("not the actor's issuer").isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, legacy, List.of())).as("unknown tenant").isFalse();
    }

    @Test
    void alignedListsPairIssuerAndSubjectByPositionAndMissingIssuersAreLegacy() {
        assertThat(Coordinator.of(List.of("x", "y"), List.of(A, B)))
                .containsExactly(new Coordinator(A, "x"), new Coordinator(B, "y"));
        assertThat(Coordinator.of(List.of("x"), List.of())).containsExactly(new Coordinator(null, "x"));
        assertThat(Coordinator.of(List.of("x"), null)).containsExactly(new Coordinator(null, "x"));
        assertThat(Coordinator.of(null, null)).isEmpty();
        assertThat(new Coordinator("", "x").issuer()).isNull();
    }

    @Test
    void aFunderStaffRoleLiftsTheConfinementButAGovernanceMemberRoleDoesNot() {
        Actor agentToo = new Actor(A, "coordinator.a", List.of(Roles.CLS_COORDINATOR, Roles.ARS_AGENT));
        Actor memberToo = new Actor(A, "coordinator.a", List.of(Roles.CLS_COORDINATOR, Roles.GOVERNANCE_MEMBER));

        assertThat(CoordinatedContracts.reaches(agentToo, List.of(new Coordinator(A, "coordinator.b")), ONE_ISSUER)).isTrue();
        assertThat(CoordinatedContracts.confined(memberToo)).isTrue();
        assertThat(CoordinatedContracts.confined(new Actor(A, "agent", List.of(Roles.DEPARTEMENT_APPROVER)))).isFalse();
    }

    @Test
    void aConfinedCoordinatorReachesOnlyTheContractsTheirOwnTenantOwns() {
        List<Coordinator> named = List.of(new Coordinator(A, "coordinator.a"));
        Actor agent = new Actor(A, "agent", List.of(Roles.DEPARTEMENT_AGENT));

        assertThat(CoordinatedContracts.reaches(COORDINATOR, "ars-x", "ars-x", named, ONE_ISSUER)).isTrue();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, "cd-53", "ars-x", named, ONE_ISSUER))
                .as("a same-named account of a party tenant").isFalse();
        assertThat(CoordinatedContracts.reaches(agent, "cd-53", "ars-x", List.of(), ONE_ISSUER))
                .as("not confined: owner or party is row-level security's concern").isTrue();
    }

    @Test
    void theEntryPointTakesTheTenantFromTheContextAndItsIssuersFromTheDirectory() {
        TenantDirectory tenants = new TenantDirectory(new ByteArrayResource(("""
                tenants:
                  - {id: ars-x, kind: ARS, name: ARS X, issuers: ["%s"]}
                  - {id: cd-53, kind: DEPARTEMENT, name: Mayenne, issuers: ["%s"]}
                """.formatted(A, A)).getBytes()), v -> v);
        List<Coordinator> legacy = List.of(new Coordinator(null, "coordinator.a"));

        assertThat(TenantContext.callAs("ars-x", () -> CoordinatedContracts.reaches(COORDINATOR, "ars-x", legacy, tenants)))
                .as("one issuer trusted: the legacy record is theirs").isTrue();
        assertThat(TenantContext.callAs("cd-53", () -> CoordinatedContracts.reaches(COORDINATOR, "ars-x", legacy, tenants)))
                .isFalse();
        assertThat(TenantContext.callAs("ars-x", () -> CoordinatedContracts.sqlArguments(COORDINATOR, tenants)))
                .containsExactly("ars-x", "coordinator.a", A, true);
    }

    @Test
    void theSqlFormsTakeTheParametersOfSqlArgumentsInOrder() {
        String one = CoordinatedContracts.sql("c.tenant_id", "c.coordinator", "c.coordinator_issuer");
        String among = CoordinatedContracts.sqlAmong("p.tenant_id", "p.coordinators", "p.coordinator_issuers");

        assertThat(one).isEqualTo("c.tenant_id = ? and c.coordinator = ? and (c.coordinator_issuer = ?"
                + " or (coalesce(c.coordinator_issuer, '') = '' and ?))");
        assertThat(among).startsWith("p.tenant_id = ? and exists (select 1 from unnest(p.coordinators, p.coordinator_issuers)")
                .contains("named.subject = ? and (named.issuer = ? or (coalesce(named.issuer, '') = '' and ?))");
        assertThat(among.chars().filter(c -> c == '?')).hasSize(4);
    }
}
