package fr.cls.funding.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A coordinator is a person: the subject and the issuer of their account, both. */
class ContractProfileCoordinatorTest {

    static final List<String> TWO_ISSUERS = List.of("https://a", "https://b");

    @Test
    void theSameSubjectFromAnotherIssuerOfTheTenantIsNotTheCoordinator() {
        ContractProfile profile = profile(List.of("coord"), List.of("https://a"));

        assertThat(profile.coordinatedBy("ars-x", "https://a", "coord", TWO_ISSUERS)).isTrue();
        assertThat(profile.coordinatedBy("ars-x", "https://b", "coord", TWO_ISSUERS)).isFalse();
        assertThat(profile.coordinatedBy("cd-99", "https://a", "coord", TWO_ISSUERS)).as("another tenant").isFalse();
    }

    @Test
    void aProfileFromBeforeIssuersWerePublishedMatchesOnlyWhenTheTenantTrustsOneIssuer() {
        ContractProfile legacy = profile(List.of("coord"), List.of());

        assertThat(legacy.coordinatedBy("ars-x", "https://a", "coord", List.of("https://a"))).isTrue();
        assertThat(legacy.coordinatedBy("ars-x", "https://a", "coord", TWO_ISSUERS)).isFalse();
    }

    private static ContractProfile profile(List<String> coordinators, List<String> issuers) {
        return new ContractProfile(UUID.randomUUID(), "ars-x", "CLS", "CLS", "IN_FORCE", null, null, null, null,
                List.of(), List.of(), List.of(), coordinators, issuers);
    }
}
