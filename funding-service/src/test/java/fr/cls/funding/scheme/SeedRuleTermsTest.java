package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeedRuleTermsTest {

    @Test
    void everyRuleOfEverySeedSchemeSaysHowItIsCheckedAndWhyInItsOwnWords() {
        for (SchemeVersion scheme : SchemeJson.seeds()) {
            for (SchemeRule rule : scheme.rules()) {
                RuleTerm term = scheme.term(rule.code()).orElseThrow();
                assertThat(term.enforcement()).as(scheme.schemeCode() + "/" + rule.code()).isIn(Enforcement.ENFORCED, Enforcement.ATTENTION);
                assertThat(term.reasonFr()).as(scheme.schemeCode() + "/" + rule.code()).isNotEqualTo(RuleTerm.DEFAULT_REASON_FR);
                assertThat(term.reasonEn()).as(scheme.schemeCode() + "/" + rule.code()).isNotEqualTo(RuleTerm.DEFAULT_REASON_EN);
            }
        }
    }

    @Test
    void everySeedSchemeListsTheRulesOfItsTextThatAreNotChecked() {
        for (SchemeVersion scheme : SchemeJson.seeds()) {
            assertThat(scheme.notChecked()).as(scheme.tenantId()).isNotEmpty()
                    .allSatisfy(term -> assertThat(scheme.rules()).noneMatch(rule -> rule.code().equals(term.rule())));
        }
        assertThat(Seeds.scheme("cd-53", "animateurs-sante").notChecked()).extracting(RuleTerm::rule)
                .contains("mention-on-supports", "shared-post-encouraged");
        assertThat(Seeds.scheme("ars-ara", "cls").notChecked()).extracting(RuleTerm::rule)
                .contains("prs-priorities", "stars-fir-filing");
        assertThat(Seeds.scheme("ars-occitanie", "coordination-cls").notChecked()).extracting(RuleTerm::rule)
                .contains("minimum-two-signatories");
    }

    @Test
    void mayennePublishesPlanAlignmentAsAPointOfAttention() {
        assertThat(Seeds.scheme("cd-53", "animateurs-sante").term(PlanAlignment.CODE).orElseThrow().enforcement())
                .isEqualTo(Enforcement.ATTENTION);
    }

    @Test
    void aRulePublishedWithoutTermIsEnforced() {
        SchemeVersion version = new SchemeVersion("cd-53", "s", "S", 1, CaseBuilder.DECISION, null, List.of(new MaximumYears(3)), null);

        assertThat(version.terms()).containsExactly(new RuleTerm("maximum-years", Enforcement.ENFORCED,
                RuleTerm.DEFAULT_REASON_FR, RuleTerm.DEFAULT_REASON_EN));
    }

    @Test
    void refusesTermsThatContradictTheRules() {
        List<SchemeRule> rules = List.of(new MaximumYears(3));
        assertThatThrownBy(() -> new SchemeVersion("cd-53", "s", "S", 1, CaseBuilder.DECISION, null, rules, null,
                List.of(new RuleTerm("maximum-years", Enforcement.NOT_CHECKED, "non", "no"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is in the rules");
        assertThatThrownBy(() -> new SchemeVersion("cd-53", "s", "S", 1, CaseBuilder.DECISION, null, rules, null,
                List.of(new RuleTerm("parity", Enforcement.ENFORCED, "oui", "yes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no rule of the version");
        assertThatThrownBy(() -> new RuleTerm("mention-on-supports", Enforcement.NOT_CHECKED, " ", "why"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("says why");
    }

    @Test
    void termsRoundTripThroughJson() {
        List<SchemeVersion> seeds = SchemeJson.seeds();

        assertThat(SchemeJson.read(SchemeJson.write(seeds))).isEqualTo(seeds);
        SchemeVersion mayenne = Seeds.scheme("cd-53", "animateurs-sante");
        assertThat(SchemeJson.readTerms(SchemeJson.writeTerms(mayenne.terms()))).isEqualTo(mayenne.terms());
    }
}
