package fr.cls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cls.platform.context.Actor;

class CoordinatedContractsTest {

    static final Actor COORDINATOR = new Actor("coordinator.a", List.of(Roles.CLS_COORDINATOR));

    @Test
    void aCoordinatorReachesOnlyTheContractsNamingThem() {
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of("coordinator.a"))).isTrue();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of("coordinator.b"))).isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, List.of())).isFalse();
        assertThat(CoordinatedContracts.reaches(COORDINATOR, null)).isFalse();
    }

    @Test
    void aFunderStaffRoleLiftsTheConfinementButAGovernanceMemberRoleDoesNot() {
        Actor agentToo = new Actor("coordinator.a", List.of(Roles.CLS_COORDINATOR, Roles.ARS_AGENT));
        Actor memberToo = new Actor("coordinator.a", List.of(Roles.CLS_COORDINATOR, Roles.GOVERNANCE_MEMBER));

        assertThat(CoordinatedContracts.reaches(agentToo, List.of("coordinator.b"))).isTrue();
        assertThat(CoordinatedContracts.confined(memberToo)).isTrue();
        assertThat(CoordinatedContracts.confined(new Actor("agent", List.of(Roles.DEPARTEMENT_APPROVER)))).isFalse();
    }
}
