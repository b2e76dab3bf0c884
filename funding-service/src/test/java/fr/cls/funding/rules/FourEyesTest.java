package fr.cls.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.RuleViolationException;

class FourEyesTest {

    static final Person FILER = new Person("https://idp.example", "alice");
    static final Person INSTRUCTOR = new Person("https://idp.example", "bob");
    static final Person DECIDER = new Person("https://idp.example", "carol");

    @Test
    void theFilerMayNotDecide() {
        assertThat(violation(() -> FourEyes.checkDecision(true, FILER, FILER, INSTRUCTOR))).contains("filed");
    }

    @Test
    void theInstructorMayNotDecide() {
        assertThat(violation(() -> FourEyes.checkDecision(true, INSTRUCTOR, FILER, INSTRUCTOR))).contains("instructed");
    }

    @Test
    void someoneElseMayDecide() {
        assertThatCode(() -> FourEyes.checkDecision(true, DECIDER, FILER, INSTRUCTOR)).doesNotThrowAnyException();
    }

    @Test
    void theDeciderMayNotSignButSomeoneElseMay() {
        assertThat(violation(() -> FourEyes.checkSignature(true, DECIDER, DECIDER))).contains("sign");
        assertThatCode(() -> FourEyes.checkSignature(true, FILER, DECIDER)).doesNotThrowAnyException();
    }

    @Test
    void theSameSubjectFromAnotherIssuerIsAnotherPerson() {
        Person namesake = new Person("https://other-idp.example", "alice");

        assertThatCode(() -> FourEyes.checkDecision(true, namesake, FILER, INSTRUCTOR)).doesNotThrowAnyException();
        assertThatCode(() -> FourEyes.checkSignature(true, namesake, FILER)).doesNotThrowAnyException();
    }

    @Test
    void aRecordWithoutIssuerCountsAsTheSamePersonWhenTheSubjectMatches() {
        Person recordedBeforeIssuersWereKept = new Person(null, "alice");

        assertThat(violation(() -> FourEyes.checkDecision(true, FILER, recordedBeforeIssuersWereKept, INSTRUCTOR)))
                .contains("filed");
    }

    @Test
    void aRelaxedRuleLetsOnePersonDoEverything() {
        assertThatCode(() -> {
            FourEyes.checkDecision(false, FILER, FILER, FILER);
            FourEyes.checkSignature(false, FILER, FILER);
        }).doesNotThrowAnyException();
    }

    private static String violation(Runnable check) {
        RuleViolationException e = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(check::run);
        assertThat(e).isNotNull();
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(FourEyes.RULE));
        return e.getMessage();
    }
}
