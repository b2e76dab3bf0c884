package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.funding.rules.Person;
import fr.cls.platform.domain.RuleViolationException;

/** The steps of a funding request, guarded by the aggregate: instruct, decide once, withdraw before the decision. */
class FundingRequestTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Person AGENT = new Person("https://idp.example", "agent");
    static final Person APPROVER = new Person("https://idp.example", "approver");

    @Test
    void aRequestIsInstructedThenGrantedAtMostWhatWasAskedAndOnlyOnce() {
        FundingRequest request = submitted(Amounts.of(2026, "10000", 2027, "10000"));
        assertThat(rule(() -> request.grant(Amounts.of(2026, "10000"), null, APPROVER, DAY))).as("not instructed yet")
                .isEqualTo("request-status");
        request.startInstruction(AGENT, DAY);
        assertThat(rule(() -> request.grant(Amounts.of(2026, "10000.01"), null, APPROVER, DAY))).isEqualTo("granted-not-above-request");
        assertThat(rule(() -> request.grant(Amounts.of(2028, "1"), null, APPROVER, DAY))).isEqualTo("granted-years-requested");
        assertThat(rule(() -> request.grant(Amounts.of(2026, "0"), null, APPROVER, DAY))).isEqualTo("granted-something");
        long sequence = request.sequence();

        request.grant(Amounts.of(2026, "10000", 2027, "8000"), "réduit en 2027", APPROVER, DAY);
        assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.granted()).containsEntry(2027, new BigDecimal("8000.00"));
        assertThat(request.sequence()).isGreaterThan(sequence);
        assertThat(rule(() -> request.refuse("trop tard", APPROVER, DAY))).isEqualTo("decided-once");
        assertThat(rule(() -> request.withdraw(DAY))).isEqualTo("decided-once");
    }

    @Test
    void aRefusalSaysWhyAndAmendmentsStopWhenInstructionStarts() {
        FundingRequest request = submitted(Amounts.of(2026, "10000"));
        request.amend(Purpose.DIAGNOSTIC, Amounts.of(2026, "9000"), Amounts.of(2026, "9000"));
        assertThat(request.requested()).containsEntry(2026, new BigDecimal("9000.00"));
        request.startInstruction(AGENT, DAY);
        assertThat(rule(() -> request.amend(Purpose.DIAGNOSTIC, Amounts.of(2026, "1"), Amounts.of(2026, "1")))).isEqualTo("request-status");
        assertThat(rule(() -> request.refuse(" ", APPROVER, DAY))).isEqualTo("refusal-has-reasons");
        request.refuse("hors priorités du PRS", APPROVER, DAY);
        assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(request.granted()).isEmpty();
    }

    @Test
    void aWithdrawnRequestIsNeitherInstructedNorDecided() {
        FundingRequest request = submitted(Amounts.of(2026, "10000"));
        request.withdraw(DAY);
        assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(rule(() -> request.startInstruction(AGENT, DAY))).isEqualTo("request-status");
    }

    private static FundingRequest submitted(SortedMap<Integer, BigDecimal> amounts) {
        return FundingRequest.submit("cd-53", "ars-pays-de-la-loire", UUID.randomUUID(), "animateurs-sante", 1,
                Purpose.COORDINATOR_POST, amounts, new TreeMap<>(), null, new Person("https://idp.example", "agent.pdl"), DAY, Instant.EPOCH);
    }

    private static String rule(Runnable step) {
        try {
            step.run();
        } catch (RuleViolationException e) {
            return e.violations().get(0).rule();
        }
        throw new AssertionError("the step was allowed");
    }

    /** Amounts by year from pairs (year, euros). */
    static final class Amounts {
        static SortedMap<Integer, BigDecimal> of(Object... pairs) {
            SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                amounts.put((Integer) pairs[i], new BigDecimal((String) pairs[i + 1]).setScale(2));
            }
            return amounts;
        }
    }
}
