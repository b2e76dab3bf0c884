package fr.cls.governance.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.RuleViolationException;

class QuorumRuleTest {

    @Test
    void halfOfTheVotingMembersIsEnoughAndRoundsUp() {
        QuorumRule half = new QuorumRule(50, true, 1);
        assertThat(half.reached(8, 4, 0)).isTrue();
        assertThat(half.reached(8, 3, 0)).isFalse();
        assertThat(half.reached(7, 3, 0)).as("3.5 needed: 3 is not enough").isFalse();
        assertThat(half.reached(7, 4, 0)).isTrue();
    }

    @Test
    void proxiesCountOnlyWhenTheRuleSaysSo() {
        assertThat(new QuorumRule(50, true, 1).reached(8, 3, 1)).isTrue();
        assertThat(new QuorumRule(50, false, 1).reached(8, 3, 1)).isFalse();
    }

    @Test
    void aBodyWithoutVotingMembersNeverHasQuorum() {
        assertThat(new QuorumRule(1, true, 1).reached(0, 0, 0)).isFalse();
    }

    @Test
    void refusesAPercentageOutsideOneToAHundred() {
        assertThatThrownBy(() -> new QuorumRule(0, true, 1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new QuorumRule(101, true, 1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new QuorumRule(50, true, 11)).isInstanceOf(RuleViolationException.class);
    }
}
