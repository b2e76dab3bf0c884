package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SchemeJsonTest {

    @Test
    void theSeedFileHoldsTheFourSeedTenantsEachWithItsSource() {
        List<SchemeVersion> seeds = SchemeJson.seeds();

        assertThat(seeds).extracting(SchemeVersion::tenantId)
                .containsExactlyInAnyOrder("ars-bretagne", "cd-53", "ars-ara", "ars-occitanie");
        assertThat(seeds).allSatisfy(scheme -> assertThat(scheme.source()).contains("shared/seeds/", "DOMAIN.md"));
        assertThat(Seeds.scheme("cd-53", "animateurs-sante").rules()).containsExactly(
                new BeneficiaryKinds(Set.of(BeneficiaryKind.EPCI)), new FunderTerritory("53"), new CapPerYear(new BigDecimal("10000")),
                new CapOverPeriod(new BigDecimal("30000")), new MaximumYears(3), new YearlyInstalments(false),
                new PlanAlignment(List.of("cd-53/bien-vieillir-en-mayenne", "cd-53/plan-ambition-sante-53")));
    }

    @Test
    void theSeedFileRoundTrips() {
        List<SchemeVersion> read = SchemeJson.seeds();

        String written = SchemeJson.write(read);

        assertThat(SchemeJson.read(written)).isEqualTo(read);
    }

    @Test
    void aRuleIsWrittenWithItsCodeAsType() {
        for (SchemeVersion scheme : SchemeJson.seeds()) {
            for (SchemeRule rule : scheme.rules()) {
                String json = SchemeJson.write(List.of(new SchemeVersion("t", "s", "n", 1, CaseBuilder.DECISION, null, List.of(rule), null)));
                assertThat(json).contains("\"type\" : \"" + rule.code() + "\"").doesNotContain("\"code\"");
            }
        }
    }

    @Test
    void anUnknownRuleOrAnInvalidAmountInJsonIsRefused() {
        assertThatThrownBy(() -> SchemeJson.read("""
                [{"tenantId": "t", "schemeCode": "s", "name": "n", "version": 1, "effectiveFrom": "2026-01-01",
                  "rules": [{"type": "cap-per-month", "amount": 1}]}]""")).hasMessageContaining("cap-per-month");
        assertThatThrownBy(() -> SchemeJson.read("""
                [{"tenantId": "t", "schemeCode": "s", "name": "n", "version": 1, "effectiveFrom": "2026-01-01",
                  "rules": [{"type": "cap-per-year", "amount": 1.001}]}]""")).hasMessageContaining("more than two decimals");
    }

    @Test
    void aMissingThresholdIsRefusedRatherThanReadAsZero() {
        assertThatThrownBy(() -> SchemeJson.read("""
                [{"tenantId": "t", "schemeCode": "s", "name": "n", "version": 1, "effectiveFrom": "2026-01-01",
                  "rules": [{"type": "cap-per-fte", "amountPerFte": 25000}]}]""")).hasMessageContaining("long");
        assertThatThrownBy(() -> SchemeJson.read("""
                [{"tenantId": "t", "schemeCode": "s", "name": "n", "effectiveFrom": "2026-01-01"}]""")).hasMessageContaining("int");
    }
}
