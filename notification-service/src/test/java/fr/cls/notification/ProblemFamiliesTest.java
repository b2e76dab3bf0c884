package fr.cls.notification;

import org.junit.jupiter.api.Test;

import fr.cls.platform.test.RuleCodes;
import fr.cls.platform.web.ProblemTypes;

/** A problem's type is a section of docs/problems.md: so is the family of every rule code this service throws. */
class ProblemFamiliesTest {

    @Test
    void everyRuleCodeThrownHereMapsToAFamilyTheProblemsPageDocuments() {
        RuleCodes.everyCodeIsOfADocumentedFamily(ProblemTypes.fromClasspath(null)::familyOfRule);
    }
}
