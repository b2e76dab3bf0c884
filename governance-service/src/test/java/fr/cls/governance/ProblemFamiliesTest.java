package fr.cls.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import fr.cls.platform.test.RuleCodes;
import fr.cls.platform.web.ProblemTypes;

/** A problem's type is a section of docs/problems.md: so is the family of every rule code this service throws. */
class ProblemFamiliesTest {

    @Test
    void everyRuleCodeThrownHereMapsToAFamilyTheProblemsPageDocuments() {
        List<String> documented = RuleCodes.documentedFamilies(Path.of("../docs/problems.md"));
        Map<String, String> codes = RuleCodes.in(Path.of("src/main/java"));
        ProblemTypes types = ProblemTypes.fromClasspath(null);

        assertThat(codes).as("rule codes found in the sources").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        codes.forEach((code, file) -> soft.assertThat(documented)
                .as(code + " (" + file + ") is of family " + types.familyOfRule(code))
                .contains(types.familyOfRule(code)));
        soft.assertAll();
    }
}
