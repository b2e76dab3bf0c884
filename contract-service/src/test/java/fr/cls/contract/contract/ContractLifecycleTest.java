package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.cls.platform.domain.RuleViolationException;

/** The lifecycle state machine: every step from every status, legal or refused, and each step's preconditions. */
class ContractLifecycleTest {

    static final LocalDate DAY = LocalDate.of(2015, 6, 1);
    static final Instant NOW = Instant.parse("2015-06-01T10:00:00Z");
    static final ContractRules PACA = new ContractRules(3, null);
    static final ContractRules BRETAGNE = new ContractRules(null, 50_000L);

    /** Each command with the statuses of a CLS it is allowed from (a CLS is never converted). */
    static final Map<String, Set<ContractStatus>> ALLOWED_FROM = Map.ofEntries(
            Map.entry("startFraming", EnumSet.of(ContractStatus.LETTER_OF_INTENT_RECEIVED)),
            Map.entry("giveAgreement", EnumSet.of(ContractStatus.FRAMING)),
            Map.entry("refuseAgreement", EnumSet.of(ContractStatus.FRAMING)),
            Map.entry("deliverDiagnostic", EnumSet.of(ContractStatus.DIAGNOSTIC)),
            Map.entry("submitForSignature", EnumSet.of(ContractStatus.ELABORATION)),
            Map.entry("sign", EnumSet.of(ContractStatus.AWAITING_SIGNATURES)),
            Map.entry("startEvaluation", EnumSet.of(ContractStatus.IN_FORCE)),
            Map.entry("close", EnumSet.of(ContractStatus.EVALUATION)),
            Map.entry("renew", EnumSet.of(ContractStatus.EVALUATION)),
            Map.entry("convertToCls", EnumSet.noneOf(ContractStatus.class)),
            Map.entry("abandon", EnumSet.of(ContractStatus.LETTER_OF_INTENT_RECEIVED, ContractStatus.FRAMING,
                    ContractStatus.DIAGNOSTIC, ContractStatus.ELABORATION, ContractStatus.AWAITING_SIGNATURES)));

    /** The same for a protocole d'accord: no diagnostic, no evaluation, no renewal; closed or converted in force. */
    static final Map<String, Set<ContractStatus>> PROTOCOLE_ALLOWED_FROM = Map.ofEntries(
            Map.entry("startFraming", EnumSet.of(ContractStatus.LETTER_OF_INTENT_RECEIVED)),
            Map.entry("giveAgreement", EnumSet.of(ContractStatus.FRAMING)),
            Map.entry("refuseAgreement", EnumSet.of(ContractStatus.FRAMING)),
            Map.entry("deliverDiagnostic", EnumSet.noneOf(ContractStatus.class)),
            Map.entry("submitForSignature", EnumSet.of(ContractStatus.ELABORATION)),
            Map.entry("sign", EnumSet.of(ContractStatus.AWAITING_SIGNATURES)),
            Map.entry("startEvaluation", EnumSet.noneOf(ContractStatus.class)),
            Map.entry("close", EnumSet.of(ContractStatus.IN_FORCE)),
            Map.entry("renew", EnumSet.noneOf(ContractStatus.class)),
            Map.entry("convertToCls", EnumSet.of(ContractStatus.IN_FORCE)),
            Map.entry("abandon", EnumSet.of(ContractStatus.LETTER_OF_INTENT_RECEIVED, ContractStatus.FRAMING,
                    ContractStatus.ELABORATION, ContractStatus.AWAITING_SIGNATURES)));

    static final Map<String, Consumer<Contract>> COMMANDS = Map.ofEntries(
            Map.entry("startFraming", c -> c.startFraming(DAY)),
            Map.entry("giveAgreement", c -> c.giveAgreement(DiagnosticMode.ORS, DAY)),
            Map.entry("refuseAgreement", c -> c.refuseAgreement("pas de volonté politique", DAY)),
            Map.entry("deliverDiagnostic", c -> c.deliverDiagnostic(true, true, true, DAY)),
            Map.entry("submitForSignature", c -> c.submitForSignature(PACA, DAY)),
            Map.entry("sign", c -> c.sign(DAY, null, PACA, DAY)),
            Map.entry("startEvaluation", c -> c.startEvaluation(DAY)),
            Map.entry("close", c -> c.close(DAY)),
            Map.entry("renew", c -> c.renew(DAY, NOW)),
            Map.entry("convertToCls", c -> c.convertToCls(DiagnosticMode.ORS, DAY, NOW)),
            Map.entry("abandon", c -> c.abandon("la collectivité renonce", DAY)));

    @ParameterizedTest
    @EnumSource(ContractStatus.class)
    void everyStepIsAllowedFromItsStatusesOnlyAndRefusedWith409Elsewhere(ContractStatus from) {
        assertEveryStep(ALLOWED_FROM, () -> prepared(from), from);
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"DIAGNOSTIC", "EVALUATION", "RENEWED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStepOfAProtocoleDaccordIsAllowedFromItsStatusesOnlyAndRefusedWith409Elsewhere(ContractStatus from) {
        assertEveryStep(PROTOCOLE_ALLOWED_FROM, () -> preparedProtocole(from), from);
    }

    private static void assertEveryStep(Map<String, Set<ContractStatus>> allowedFrom,
            java.util.function.Supplier<Contract> prepared, ContractStatus from) {
        assertThat(allowedFrom.keySet()).isEqualTo(COMMANDS.keySet());
        COMMANDS.forEach((name, command) -> {
            Contract contract = prepared.get();
            assertThat(contract.status()).isEqualTo(from);
            if (allowedFrom.get(name).contains(from)) {
                command.accept(contract);
                assertThat(contract.status()).as(name + " from " + from).isNotEqualTo(from);
            } else {
                ContractStatus before = contract.status();
                assertThatThrownBy(() -> command.accept(contract)).as(name + " from " + from)
                        .isInstanceOf(RuleViolationException.class)
                        .satisfies(e -> assertThat(((RuleViolationException) e).violations().get(0).rule()).isEqualTo("transition-allowed"));
                assertThat(contract.status()).isEqualTo(before);
            }
        });
    }

    @Test
    void aClsGoesFromLetterOfIntentToRenewalRegisteringOneEventPerStep() {
        Contract contract = clsIn(ContractStatus.EVALUATION);
        contract.recordEvaluationAdoption(DAY.plusYears(3));
        Contract next = contract.renew(DAY.plusYears(3), NOW);

        assertThat(contract.status()).isEqualTo(ContractStatus.RENEWED);
        assertThat(contract.nextContractId()).isEqualTo(next.id().value());
        assertThat(next.previousContractId()).isEqualTo(contract.id().value());
        assertThat(next.generation()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ContractStatus.ELABORATION);
        assertThat(contract.registeredEvents()).filteredOn(ContractTransitioned.class::isInstance)
                .extracting(e -> ((ContractTransitioned) e).transition())
                .containsExactly("framing-started", "agreement-given", "diagnostic-delivered", "submitted-for-signature",
                        "signed", "evaluation-started", "renewed");
        assertThat(next.registeredEvents()).extracting(e -> e.getClass().getSimpleName())
                .as("the signatories are listed again").containsExactly("ContractInitiated", "SignatoryListed", "SignatoryListed",
                        "ContractChanged");
    }

    @Test
    void theNewGenerationKeepsTheTerritoryTheCoordinatorAndTheSignatoriesWhoSignAgain() {
        Contract contract = Contract.initiate("ars-bretagne", ContractKind.CLS, "CLS de Saint-Brieuc", DAY, NOW);
        contract.startFraming(DAY);
        contract.giveAgreement(DiagnosticMode.ORS, DAY);
        contract.deliverDiagnostic(true, true, true, DAY);
        contract.defineTerritory("{\"communes\":[],\"epci\":[\"200069409\"]}", 153_000, List.of("22"), "EPCI");
        contract.assignCoordinator("https://idp.bretagne.test", "coordinator.saint-brieuc");
        contract.recordCopilValidation(DAY);
        contract.addSignatory("ARS Bretagne", SignatoryKind.ARS);
        contract.addSignatory("Saint-Brieuc Armor Agglomération", SignatoryKind.COLLECTIVITE, true);
        contract.submitForSignature(BRETAGNE, DAY);
        contract.signatories().forEach(s -> contract.recordSignature(s.id(), DAY));
        contract.sign(DAY, DAY.plusYears(5).minusDays(1), BRETAGNE, DAY);
        contract.startEvaluation(DAY.plusYears(5));
        contract.recordEvaluationAdoption(DAY.plusYears(5));

        Contract next = contract.renew(DAY.plusYears(5), NOW);

        assertThat(next.territory()).isEqualTo("{\"communes\":[],\"epci\":[\"200069409\"]}");
        assertThat(next.territoryPopulation()).isEqualTo(153_000);
        assertThat(next.territoryDepartements()).containsExactly("22");
        assertThat(next.territoryBeneficiary()).isEqualTo("EPCI");
        assertThat(next.coordinator()).isEqualTo("coordinator.saint-brieuc");
        assertThat(next.coordinatorIssuer()).isEqualTo("https://idp.bretagne.test");
        assertThat(next.signatories()).extracting(Signatory::organisation, Signatory::kind, Signatory::carrier, Signatory::signedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ARS Bretagne", SignatoryKind.ARS, false, null),
                        org.assertj.core.groups.Tuple.tuple("Saint-Brieuc Armor Agglomération", SignatoryKind.COLLECTIVITE, true, null));
        assertThat(next.signatories()).extracting(Signatory::id)
                .doesNotContainAnyElementsOf(contract.signatories().stream().map(Signatory::id).toList());
        assertThat(contract.signatories()).extracting(Signatory::signedOn).containsOnly(DAY);
        assertThat(contract.nextContractId()).isEqualTo(next.id().value());
        assertThat(next.previousContractId()).isEqualTo(contract.id().value());
        next.recordCopilValidation(DAY.plusYears(5));
        next.submitForSignature(BRETAGNE, DAY.plusYears(5));
        assertThatThrownBy(() -> next.sign(DAY.plusYears(5), DAY.plusYears(10), BRETAGNE, DAY.plusYears(5)))
                .as("signed again, not on the old signatures")
                .satisfies(e -> assertThat(rules(e)).containsExactly("all-signatories-signed"));
    }

    @Test
    void everyTransitionIsPublishedUnderATypeThatConsumersKnowAsATransition() {
        for (ContractStatus status : ContractStatus.values()) {
            if (status == ContractStatus.CONVERTED) {
                continue;
            }
            assertThat(clsIn(status).registeredEvents()).filteredOn(ContractTransitioned.class::isInstance)
                    .extracting(e -> fr.cls.contract.events.ContractTransitionedV1.typeOf(((ContractTransitioned) e).transition()))
                    .allMatch(fr.cls.contract.events.ContractTransitionedV1::isTransition, "a known transition type");
        }
    }

    @Test
    void eachSignatoryListedIsAnnouncedForTheGovernanceBodies() {
        Contract contract = clsIn(ContractStatus.AWAITING_SIGNATURES);
        assertThat(contract.registeredEvents()).filteredOn(SignatoryListed.class::isInstance)
                .extracting(e -> ((SignatoryListed) e).organisation()).containsExactly("ARS PACA", "Ville de Marseille");
    }

    @Test
    void signingStartsTheTenantsDurationFromTheStartDate() {
        Contract contract = prepared(ContractStatus.AWAITING_SIGNATURES);

        contract.sign(LocalDate.of(2015, 1, 1), null, PACA, DAY);

        assertThat(contract.startDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(contract.endDate()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void withoutADurationRuleTheEndDateIsGivenAndMustFollowTheStart() {
        assertThatThrownBy(() -> prepared(ContractStatus.AWAITING_SIGNATURES).sign(DAY, null, ContractRules.NONE, DAY))
                .hasMessageContaining("end date must come after");
        assertThatThrownBy(() -> prepared(ContractStatus.AWAITING_SIGNATURES).sign(DAY, DAY.minusDays(1), ContractRules.NONE, DAY))
                .hasMessageContaining("end date must come after");
        Contract contract = prepared(ContractStatus.AWAITING_SIGNATURES);
        contract.sign(DAY, DAY.plusYears(4), ContractRules.NONE, DAY);
        assertThat(contract.endDate()).isEqualTo(DAY.plusYears(4));
    }

    @Test
    void noSubmissionForSignatureBeforeTheCopilValidatedTheContract() {
        Contract contract = clsIn(ContractStatus.ELABORATION);
        contract.addSignatory("ARS PACA", SignatoryKind.ARS);
        contract.addSignatory("Ville de Marseille", SignatoryKind.COLLECTIVITE);

        assertThatThrownBy(() -> contract.submitForSignature(PACA, DAY)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("copil-validated"));
        assertThat(contract.status()).isEqualTo(ContractStatus.ELABORATION);
    }

    @Test
    void submissionNeedsTheArsAndACollectiviteAmongAtLeastTwoSignatories() {
        Contract contract = clsIn(ContractStatus.ELABORATION);
        contract.recordCopilValidation(DAY);
        contract.addSignatory("ARS PACA", SignatoryKind.ARS);
        contract.addSignatory("Préfecture des Bouches-du-Rhône", SignatoryKind.PREFECTURE);

        assertThatThrownBy(() -> contract.submitForSignature(PACA, DAY))
                .satisfies(e -> assertThat(rules(e)).containsExactly("signatories-ars-and-collectivite"));
    }

    @Test
    void bretagneRefusesATerritoryUnderFiftyThousandInhabitants() {
        Contract contract = readyForSubmission();
        contract.defineTerritory("{}", 49_999, List.of("22"), "EPCI");
        assertThatThrownBy(() -> contract.submitForSignature(BRETAGNE, DAY))
                .satisfies(e -> assertThat(rules(e)).containsExactly("minimum-population"));

        contract.defineTerritory("{}", 154_023, List.of("22"), "EPCI");
        contract.submitForSignature(BRETAGNE, DAY);
        assertThat(contract.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
    }

    @Test
    void noContractInForceUntilEverySignatoryHasSigned() {
        Contract contract = readyForSubmission();
        contract.submitForSignature(PACA, DAY);
        Signatory ars = contract.signatories().stream().filter(s -> s.kind() == SignatoryKind.ARS).findFirst().orElseThrow();
        contract.recordSignature(ars.id(), DAY);

        assertThatThrownBy(() -> contract.sign(DAY, null, PACA, DAY)).hasMessageContaining("still to sign: Ville de Marseille");
        assertThat(contract.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
    }

    @Test
    void aCopilValidationArrivingAfterSignatureChangesNothing() {
        Contract contract = clsIn(ContractStatus.IN_FORCE);
        LocalDate validated = contract.copilValidatedOn();

        assertThat(contract.recordCopilValidation(DAY.plusYears(1))).isFalse();
        assertThat(contract.copilValidatedOn()).isEqualTo(validated);
    }

    @Test
    void aProtocoleDaccordSkipsTheDiagnosticAndBecomesAClsInsteadOfBeingEvaluated() {
        Contract protocole = Contract.initiate("ars-paca", ContractKind.PROTOCOLE_ACCORD, "Protocole d'accord de Toulon", DAY, NOW);
        protocole.startFraming(DAY);
        protocole.giveAgreement(null, DAY);
        assertThat(protocole.status()).isEqualTo(ContractStatus.ELABORATION);
        signed(protocole);

        assertThatThrownBy(() -> protocole.startEvaluation(DAY)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> protocole.renew(DAY, NOW)).isInstanceOf(RuleViolationException.class);
        Contract cls = protocole.convertToCls(DiagnosticMode.PROVIDER, DAY, NOW);

        assertThat(protocole.status()).isEqualTo(ContractStatus.CONVERTED);
        assertThat(cls.kind()).isEqualTo(ContractKind.CLS);
        assertThat(cls.status()).isEqualTo(ContractStatus.DIAGNOSTIC);
        assertThat(cls.previousContractId()).isEqualTo(protocole.id().value());
    }

    @Test
    void noClosingNorRenewalBeforeTheCopilAdoptedTheEvaluation() {
        Contract contract = clsIn(ContractStatus.EVALUATION);

        assertThatThrownBy(() -> contract.close(DAY)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("evaluation-adopted"));
        assertThatThrownBy(() -> contract.renew(DAY, NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("evaluation-adopted"));
        assertThat(contract.status()).isEqualTo(ContractStatus.EVALUATION);
        assertThat(contract.endedOn()).isNull();
        assertThat(contract.nextContractId()).isNull();

        assertThat(contract.recordEvaluationAdoption(DAY.plusDays(10))).isTrue();
        contract.close(DAY.plusDays(20));
        assertThat(contract.status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(contract.evaluationAdoptedOn()).isEqualTo(DAY.plusDays(10));
        assertThat(contract.endedOn()).isEqualTo(DAY.plusDays(20));
    }

    @Test
    void anEvaluationAdoptionArrivingBeforeTheEvaluationStartedIsNotRecordedAndUnlocksNothing() {
        Contract contract = clsIn(ContractStatus.IN_FORCE);

        assertThat(contract.recordEvaluationAdoption(DAY)).isFalse();
        contract.startEvaluation(DAY);

        assertThat(contract.evaluationAdoptedOn()).isNull();
        assertThatThrownBy(() -> contract.renew(DAY, NOW))
                .satisfies(e -> assertThat(rules(e)).containsExactly("evaluation-adopted"));
    }

    @Test
    void aProtocoleDaccordInForceIsClosedWithoutAnyEvaluation() {
        Contract protocole = preparedProtocole(ContractStatus.IN_FORCE);

        protocole.close(DAY.plusYears(1));

        assertThat(protocole.status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(protocole.endedOn()).isEqualTo(DAY.plusYears(1));
        assertThat(protocole.evaluationAdoptedOn()).isNull();
        assertThat(protocole.nextContractId()).isNull();
        assertThat(protocole.registeredEvents()).filteredOn(ContractTransitioned.class::isInstance)
                .extracting(e -> ((ContractTransitioned) e).transition()).endsWith("signed", "closed");
        assertThatThrownBy(() -> protocole.convertToCls(DiagnosticMode.ORS, DAY, NOW))
                .as("a closed protocole is no longer converted")
                .satisfies(e -> assertThat(rules(e)).containsExactly("transition-allowed"));
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = {"LETTER_OF_INTENT_RECEIVED", "FRAMING", "ELABORATION",
            "AWAITING_SIGNATURES", "CLOSED", "CONVERTED", "ABANDONED", "AGREEMENT_REFUSED"})
    void aProtocoleDaccordIsConvertedOnlyWhileInForce(ContractStatus from) {
        Contract protocole = preparedProtocole(from);
        java.util.UUID next = protocole.nextContractId();

        assertThatThrownBy(() -> protocole.convertToCls(DiagnosticMode.ORS, DAY, NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("transition-allowed"))
                .hasMessageContaining("allowed from [IN_FORCE]");
        assertThat(protocole.status()).isEqualTo(from);
        assertThat(protocole.nextContractId()).isEqualTo(next);
    }

    @Test
    void aClsIsNeverConvertedIntoAClsWhateverItsStatus() {
        Contract cls = clsIn(ContractStatus.IN_FORCE);

        assertThatThrownBy(() -> cls.convertToCls(DiagnosticMode.ORS, DAY, NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("transition-allowed"))
                .hasMessageContaining("only a protocole d'accord");
        assertThat(cls.status()).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(cls.nextContractId()).isNull();
    }

    @Test
    void convertingNeedsToSayWhoWritesTheClsDiagnosticAndChangesNothingWithout() {
        Contract protocole = preparedProtocole(ContractStatus.IN_FORCE);

        assertThatThrownBy(() -> protocole.convertToCls(null, DAY, NOW))
                .satisfies(e -> assertThat(rules(e)).containsExactly("diagnostic-mode-chosen"));
        assertThat(protocole.status()).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(protocole.nextContractId()).isNull();
    }

    @Test
    void aConversionIsPublishedAsAKnownTransitionAndTheClsAsANewContract() {
        Contract protocole = preparedProtocole(ContractStatus.IN_FORCE);

        Contract cls = protocole.convertToCls(DiagnosticMode.PROVIDER, DAY.plusYears(1), NOW);

        ContractTransitioned converted = protocole.registeredEvents().stream().filter(ContractTransitioned.class::isInstance)
                .map(ContractTransitioned.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(converted.transition()).isEqualTo("converted");
        assertThat(fr.cls.contract.events.ContractTransitionedV1.isTransition(
                fr.cls.contract.events.ContractTransitionedV1.typeOf(converted.transition()))).isTrue();
        assertThat(converted.nextContractId()).isEqualTo(cls.id());
        assertThat(protocole.endedOn()).isEqualTo(DAY.plusYears(1));
        assertThat(cls.diagnosticMode()).isEqualTo(DiagnosticMode.PROVIDER);
        assertThat(cls.agreementGivenOn()).isEqualTo(DAY.plusYears(1));
        assertThat(cls.letterOfIntentReceivedOn()).isEqualTo(protocole.letterOfIntentReceivedOn());
        List<Object> events = List.copyOf(cls.registeredEvents());
        assertThat(events.get(0)).isInstanceOf(ContractInitiated.class);
        assertThat(events.get(events.size() - 1)).isEqualTo(new ContractChanged(cls.id()));
        assertThat(events.subList(1, events.size() - 1))
                .as("one per signatory carried over, as for a renewal").hasSize(protocole.signatories().size())
                .allMatch(SignatoryListed.class::isInstance);
        assertThat(cls.signatories()).extracting(Signatory::organisation)
                .containsExactlyElementsOf(protocole.signatories().stream().map(Signatory::organisation).toList());
        assertThat(cls.signatories()).as("they sign the CLS again").noneMatch(Signatory::signed);
    }

    @Test
    void aContractSignedBeforeThePlatformIsImportedWithItsDatesAndSignatures() {
        Contract marseille = Contract.importSigned("ars-paca", ContractKind.CLS, "CLS de Marseille", ContractStatus.CLOSED,
                null, LocalDate.of(2015, 1, 15), null, PACA, List.of(
                        new Contract.ImportedSignatory("ARS PACA", SignatoryKind.ARS, LocalDate.of(2015, 1, 15)),
                        new Contract.ImportedSignatory("Ville de Marseille", SignatoryKind.COLLECTIVITE, LocalDate.of(2015, 1, 15))),
                null, List.of("Les enfants et les adolescents", "Les personnes âgées"), NOW);

        assertThat(marseille.endDate()).isEqualTo(LocalDate.of(2018, 1, 14));
        assertThat(marseille.status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(marseille.registeredEvents()).filteredOn(ContractTransitioned.class::isInstance)
                .extracting(e -> ((ContractTransitioned) e).transition()).containsExactly("imported");
        // The axes come first, so the contract as signed is kept with them.
        assertThat(marseille.registeredEvents()).first().isEqualTo(new AxesImported(marseille.id(), "ars-paca",
                List.of("Les enfants et les adolescents", "Les personnes âgées")));
        assertThatThrownBy(() -> Contract.importSigned("ars-paca", ContractKind.CLS, "x", ContractStatus.ELABORATION, null,
                DAY, null, PACA, List.of(), null, List.of(), NOW)).satisfies(e -> assertThat(rules(e)).containsExactly("imported-status"));
        assertThatThrownBy(() -> Contract.importSigned("ars-paca", ContractKind.CLS, "x", ContractStatus.IN_FORCE, null,
                DAY, null, PACA, List.of(new Contract.ImportedSignatory("ARS PACA", SignatoryKind.ARS, DAY)), null, List.of(), NOW))
                .satisfies(e -> assertThat(rules(e)).containsExactly("signatories-ars-and-collectivite"));
    }

    @Test
    void aDiagnosticIsDeliveredWithItsThreePortraits() {
        Contract contract = clsIn(ContractStatus.DIAGNOSTIC);

        assertThatThrownBy(() -> contract.deliverDiagnostic(true, true, false, DAY))
                .satisfies(e -> assertThat(rules(e)).containsExactly("diagnostic-has-three-portraits"));
        assertThat(contract.status()).isEqualTo(ContractStatus.DIAGNOSTIC);
    }

    @Test
    void refusingOrAbandoningNeedsAReason() {
        assertThatThrownBy(() -> clsIn(ContractStatus.FRAMING).refuseAgreement(" ", DAY))
                .satisfies(e -> assertThat(rules(e)).containsExactly("reason-given"));
        assertThatThrownBy(() -> clsIn(ContractStatus.DIAGNOSTIC).abandon(null, DAY))
                .satisfies(e -> assertThat(rules(e)).containsExactly("reason-given"));
    }

    /** In {@code status}, with what its legal step needs (COPIL validation and signatories; every signature). */
    static Contract prepared(ContractStatus status) {
        if (status == ContractStatus.CONVERTED) {
            Contract protocole = Contract.initiate("ars-paca", ContractKind.PROTOCOLE_ACCORD, "Protocole de Grasse", DAY, NOW);
            protocole.startFraming(DAY);
            protocole.giveAgreement(null, DAY);
            signed(protocole);
            protocole.convertToCls(DiagnosticMode.ORS, DAY, NOW);
            return protocole;
        }
        Contract contract = clsIn(status);
        if (status == ContractStatus.ELABORATION) {
            contract.recordCopilValidation(DAY);
            contract.addSignatory("ARS PACA", SignatoryKind.ARS);
            contract.addSignatory("Ville de Marseille", SignatoryKind.COLLECTIVITE);
        } else if (status == ContractStatus.AWAITING_SIGNATURES) {
            contract.signatories().forEach(s -> contract.recordSignature(s.id(), DAY));
        } else if (status == ContractStatus.EVALUATION) {
            contract.recordEvaluationAdoption(DAY);
        }
        return contract;
    }

    /** A protocole d'accord in {@code status}, with what its legal steps need. */
    static Contract preparedProtocole(ContractStatus status) {
        Contract p = Contract.initiate("ars-paca", ContractKind.PROTOCOLE_ACCORD, "Protocole d'accord de Toulon", DAY, NOW);
        switch (status) {
            case LETTER_OF_INTENT_RECEIVED -> { }
            case FRAMING -> p.startFraming(DAY);
            case AGREEMENT_REFUSED -> { p.startFraming(DAY); p.refuseAgreement("non", DAY); }
            case ABANDONED -> p.abandon("renonce", DAY);
            case ELABORATION, AWAITING_SIGNATURES -> {
                p.startFraming(DAY);
                p.giveAgreement(null, DAY);
                p.recordCopilValidation(DAY);
                p.addSignatory("ARS PACA", SignatoryKind.ARS);
                p.addSignatory("Ville de Toulon", SignatoryKind.COLLECTIVITE);
                if (status == ContractStatus.AWAITING_SIGNATURES) {
                    p.submitForSignature(PACA, DAY);
                    p.signatories().forEach(s -> p.recordSignature(s.id(), DAY));
                }
            }
            case IN_FORCE, CLOSED, CONVERTED -> {
                p.startFraming(DAY);
                p.giveAgreement(null, DAY);
                signed(p);
                if (status == ContractStatus.CLOSED) {
                    p.close(DAY);
                } else if (status == ContractStatus.CONVERTED) {
                    p.convertToCls(DiagnosticMode.ORS, DAY, NOW);
                }
            }
            default -> throw new IllegalArgumentException("a protocole d'accord never reaches " + status);
        }
        return p;
    }

    private static java.util.List<String> rules(Throwable e) {
        return ((RuleViolationException) e).violations().stream().map(RuleViolationException.Violation::rule).toList();
    }

    private static Contract readyForSubmission() {
        Contract contract = clsIn(ContractStatus.ELABORATION);
        contract.recordCopilValidation(DAY);
        contract.addSignatory("ARS PACA", SignatoryKind.ARS);
        contract.addSignatory("Ville de Marseille", SignatoryKind.COLLECTIVITE);
        return contract;
    }

    private static void signed(Contract contract) {
        contract.recordCopilValidation(DAY);
        contract.addSignatory("ARS PACA", SignatoryKind.ARS);
        contract.addSignatory("Ville de Toulon", SignatoryKind.COLLECTIVITE);
        contract.submitForSignature(PACA, DAY);
        contract.signatories().forEach(s -> contract.recordSignature(s.id(), DAY));
        contract.sign(DAY, null, PACA, DAY);
    }

    /** A CLS walked to {@code status} along the legal path. */
    static Contract clsIn(ContractStatus status) {
        Contract c = Contract.initiate("ars-paca", ContractKind.CLS, "CLS de Marseille", DAY, NOW);
        switch (status) {
            case LETTER_OF_INTENT_RECEIVED -> { }
            case FRAMING -> c.startFraming(DAY);
            case AGREEMENT_REFUSED -> { c.startFraming(DAY); c.refuseAgreement("non", DAY); }
            case ABANDONED -> c.abandon("renonce", DAY);
            default -> {
                c.startFraming(DAY);
                c.giveAgreement(DiagnosticMode.IN_HOUSE, DAY);
                if (status == ContractStatus.DIAGNOSTIC) {
                    return c;
                }
                c.deliverDiagnostic(true, true, true, DAY);
                if (status == ContractStatus.ELABORATION) {
                    return c;
                }
                c.recordCopilValidation(DAY);
                c.addSignatory("ARS PACA", SignatoryKind.ARS);
                c.addSignatory("Ville de Marseille", SignatoryKind.COLLECTIVITE);
                c.submitForSignature(PACA, DAY);
                if (status == ContractStatus.AWAITING_SIGNATURES) {
                    return c;
                }
                c.signatories().forEach(s -> c.recordSignature(s.id(), DAY));
                c.sign(DAY, null, PACA, DAY);
                if (status == ContractStatus.IN_FORCE) {
                    return c;
                }
                c.startEvaluation(DAY);
                if (status == ContractStatus.EVALUATION) {
                    return c;
                }
                c.recordEvaluationAdoption(DAY);
                if (status == ContractStatus.CLOSED) {
                    c.close(DAY);
                } else if (status == ContractStatus.RENEWED) {
                    c.renew(DAY, NOW);
                } else if (status == ContractStatus.CONVERTED) {
                    throw new IllegalArgumentException("a CLS is never converted");
                }
            }
        }
        return c;
    }
}
