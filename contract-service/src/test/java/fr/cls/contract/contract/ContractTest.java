package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void initiatingAContractStartsAtTheLetterOfIntentAndRegistersTheEvent() {
        Contract contract = Contract.initiate("ars-paca", ContractKind.CLS, "  CLS de Marseille ",
                LocalDate.of(2015, 3, 2), Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(contract.status()).isEqualTo(ContractStatus.LETTER_OF_INTENT_RECEIVED);
        assertThat(contract.title()).isEqualTo("CLS de Marseille");
        assertThat(contract.registeredEvents()).containsExactly(new ContractInitiated(contract.id(), "ars-paca",
                ContractKind.CLS, "CLS de Marseille", ContractStatus.LETTER_OF_INTENT_RECEIVED, LocalDate.of(2015, 3, 2)),
                new ContractChanged(contract.id()));
    }

    @Test
    void everyCommandOfTheOwnerRaisesThatTheContractChangedButACopilDecisionFromGovernanceDoesNot() {
        Contract contract = ContractLifecycleTest.clsIn(ContractStatus.ELABORATION);
        int before = changes(contract);

        contract.assignCoordinator("https://idp", "coordinator");
        contract.addDocument("Diagnostic", DocumentKind.values()[0], "LI-2015-01", null, Instant.parse("2026-11-23T10:00:00Z"));
        contract.admit("cd-13", PartyRole.values()[0], Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(changes(contract)).isEqualTo(before + 3);

        assertThat(contract.recordCopilValidation(LocalDate.of(2016, 1, 10))).isTrue();
        assertThat(changes(contract)).isEqualTo(before + 3);
    }

    private static int changes(Contract contract) {
        return (int) contract.registeredEvents().stream().filter(new ContractChanged(contract.id())::equals).count();
    }
}
