package fr.cls.funding.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.platform.context.Actor;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;

/**
 * A coordinator is a person: the subject and the issuer of their account, both. The profile gives the owner's
 * coordinators to the shared rule ({@link CoordinatedContracts}).
 */
class ContractProfileCoordinatorTest {

    static final List<String> TWO_ISSUERS = List.of("https://a", "https://b");

    @Test
    void theSameSubjectFromAnotherIssuerOfTheTenantIsNotTheCoordinator() {
        ContractProfile profile = profile(List.of("coord"), List.of("https://a"));

        assertThat(reaches(profile, "ars-x", "https://a", "coord", TWO_ISSUERS)).isTrue();
        assertThat(reaches(profile, "ars-x", "https://b", "coord", TWO_ISSUERS)).isFalse();
        assertThat(reaches(profile, "cd-99", "https://a", "coord", TWO_ISSUERS)).as("another tenant").isFalse();
    }

    @Test
    void aProfileFromBeforeIssuersWerePublishedMatchesOnlyWhenTheTenantTrustsOneIssuer() {
        ContractProfile legacy = profile(List.of("coord"), List.of());

        assertThat(reaches(legacy, "ars-x", "https://a", "coord", List.of("https://a"))).isTrue();
        assertThat(reaches(legacy, "ars-x", "https://a", "coord", TWO_ISSUERS)).isFalse();
    }

    private static boolean reaches(ContractProfile profile, String tenant, String issuer, String subject,
            List<String> tenantIssuers) {
        Actor coordinator = new Actor(issuer, subject, List.of(Roles.CLS_COORDINATOR));
        return CoordinatedContracts.reaches(coordinator, tenant, profile.ownerTenantId(), profile.namedCoordinators(),
                tenantIssuers);
    }

    private static ContractProfile profile(List<String> coordinators, List<String> issuers) {
        return new ContractProfile(UUID.randomUUID(), "ars-x", "CLS", "CLS", "IN_FORCE", null, null, null, null,
                List.of(), List.of(), List.of(), coordinators, issuers);
    }
}
