package fr.cls.funding.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.RuleViolationException;

/** A convention covers its years, is amended within the grant, and its payments move PLANNED → RELEASED → PAID. */
class ConventionTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final SortedMap<Integer, BigDecimal> GRANTED = new TreeMap<>(java.util.Map.of(2026, new BigDecimal("10000.00"),
            2027, new BigDecimal("10000.00")));

    @Test
    void aConventionMustCoverTheGrantedYears() {
        assertThatThrownBy(() -> Convention.financial("cd-53", "ars-pays-de-la-loire", UUID.randomUUID(), UUID.randomUUID(),
                "CC du Pays de Craon", GRANTED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2027");
        assertThatThrownBy(() -> Convention.financial("cd-53", "ars-pays-de-la-loire", UUID.randomUUID(), UUID.randomUUID(),
                "CC du Pays de Craon", GRANTED, LocalDate.of(2027, 12, 31), LocalDate.of(2026, 1, 1), Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anAmendmentStaysWithinTheGrantAndACancellationEndsIt() {
        Convention convention = convention();
        convention.sign(DAY, new fr.cls.funding.rules.Person("https://idp", "approver"));
        assertThatThrownBy(() -> convention.sign(DAY, new fr.cls.funding.rules.Person("https://idp", "approver"))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> convention.amend(new TreeMap<>(java.util.Map.of(2026, new BigDecimal("10000.01"))), GRANTED))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 10000.00");
        convention.amend(new TreeMap<>(java.util.Map.of(2026, new BigDecimal("10000.00"), 2027, new BigDecimal("5000.00"))), GRANTED);
        assertThat(convention.amounts()).containsEntry(2027, new BigDecimal("5000.00"));
        convention.cancel("le poste n'est pas pourvu", DAY);
        assertThat(convention.status()).isEqualTo(ConventionStatus.CANCELLED);
        assertThatThrownBy(() -> convention.amend(GRANTED, GRANTED)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPaymentIsReleasedThenPaidAndAReleasedYearKeepsItsAmount() {
        Convention convention = convention();
        Payment payment = Payment.planned(convention, 2026, new BigDecimal("10000"));
        assertThatThrownBy(() -> payment.pay(DAY)).as("not released").isInstanceOf(RuleViolationException.class);
        payment.release(DAY);
        assertThatThrownBy(() -> payment.changeAmount(new BigDecimal("5000"))).isInstanceOf(RuleViolationException.class);
        payment.pay(DAY);
        payment.cancel();
        assertThat(payment.status()).as("what is paid stays paid").isEqualTo(PaymentStatus.PAID);
    }

    private static Convention convention() {
        return Convention.financial("cd-53", "ars-pays-de-la-loire", UUID.randomUUID(), UUID.randomUUID(), "CC du Pays de Craon",
                GRANTED, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), Instant.EPOCH);
    }
}
