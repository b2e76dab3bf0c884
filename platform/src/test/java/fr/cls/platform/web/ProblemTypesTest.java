package fr.cls.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.test.RuleCodes;

class ProblemTypesTest {

    private final ProblemTypes types = new ProblemTypes("https://docs.example/problems",
            Map.of("known-codes", "territory", "cap-*", "funding-rules", "cap-per-fte-*", "money"));

    @Test
    void aRuleViolationTakesTheFamilyOfItsFirstRuleUnderTheDeploymentsBaseUri() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setProperty("violations", List.of(new RuleViolationException.Violation("known-codes", "no commune 99999"),
                new RuleViolationException.Violation("cap-per-year", "above the cap")));

        assertThat(types.typed(problem).getType()).isEqualTo(URI.create("https://docs.example/problems#territory"));
    }

    @Test
    void aCodeMapsByExactEntryThenLongestPrefixThenTheDefaultFamily() {
        assertThat(types.familyOfRule("cap-per-year")).isEqualTo("funding-rules");
        assertThat(types.familyOfRule("cap-per-fte-year")).isEqualTo("money");
        assertThat(types.familyOfRule("brand-new-rule")).isEqualTo(ProblemTypes.RULE_VIOLATION);
    }

    @Test
    void statusesWithoutRulesMapToTheirFamilyAndAChosenTypeStays() {
        assertThat(types.typed(ProblemDetail.forStatus(428)).getType().getFragment()).isEqualTo("if-match-required");
        assertThat(types.typed(ProblemDetail.forStatus(412)).getType().getFragment()).isEqualTo("stale-version");
        assertThat(types.typed(ProblemDetail.forStatus(400)).getType().getFragment()).isEqualTo("validation");
        ProblemDetail chosen = ProblemDetail.forStatus(400);
        chosen.setType(URI.create("https://elsewhere.example/p"));
        assertThat(types.typed(chosen).getType()).isEqualTo(URI.create("https://elsewhere.example/p"));
    }

    @Test
    void defaultsToTheDocsPathEveryServiceServes() {
        assertThat(ProblemTypes.fromClasspath(" ").uri("validation")).isEqualTo(URI.create("/docs/problems.md#validation"));
    }

    @Test
    void everyFamilyAStatusOrThePlatformsRulesCanHaveIsASectionOfTheProblemsPage() {
        List<String> documented = RuleCodes.documentedFamilies(Path.of("../docs/problems.md"));
        ProblemTypes platform = ProblemTypes.fromClasspath(null);

        assertThat(documented).containsAll(ProblemTypes.statusFamilies()).contains(ProblemTypes.RULE_VIOLATION);
        RuleCodes.in(Path.of("src/main/java")).keySet().forEach(code ->
                assertThat(documented).as(code).contains(platform.familyOfRule(code)));
        ProblemTypes.classpathFamilies(getClass().getClassLoader()).values().forEach(family ->
                assertThat(documented).as("declared family " + family).contains(family));
    }
}
