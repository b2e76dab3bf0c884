package fr.cls.contract.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * A local health contract, owned by the ARS tenant that steers it. Guards its own lifecycle: every transition
 * checks the current status and its preconditions, and registers a past-tense event.
 *
 * <pre>
 * LETTER_OF_INTENT_RECEIVED → FRAMING → (agreement) DIAGNOSTIC → ELABORATION → AWAITING_SIGNATURES → IN_FORCE
 *   → EVALUATION → (COPIL adopts the evaluation) CLOSED | RENEWED (a new generation);  FRAMING → AGREEMENT_REFUSED;  before signature → ABANDONED.
 * Protocole d'accord: FRAMING → (agreement) ELABORATION, IN_FORCE → CLOSED | CONVERTED into a CLS.
 * </pre>
 */
@Entity
@Table(name = "contract")
public class Contract extends AbstractAggregateRoot<Contract> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    private ContractKind kind;

    private String title;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Column(name = "letter_of_intent_received_on")
    private LocalDate letterOfIntentReceivedOn;

    @Column(name = "agreement_given_on")
    private LocalDate agreementGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "diagnostic_mode")
    private DiagnosticMode diagnosticMode;

    @Column(name = "diagnostic_delivered_on")
    private LocalDate diagnosticDeliveredOn;

    @Column(name = "copil_validated_on")
    private LocalDate copilValidatedOn;

    @Column(name = "evaluation_adopted_on")
    private LocalDate evaluationAdoptedOn;

    @Column(name = "territory_population")
    private Long territoryPopulation;

    /** Member codes, JSON {"communes": [...], "epci": [...]}. */
    private String territory;

    @Column(name = "territory_departements")
    private String territoryDepartements;

    @Column(name = "territory_beneficiary")
    private String territoryBeneficiary;

    /** The edition of the official division the territory was resolved against (null: imported without codes). */
    @Column(name = "territory_edition")
    private String territoryEdition;

    /** INSEE codes of every commune the territory covers, in that edition: what territories are compared on. */
    @Column(name = "territory_communes")
    private String[] territoryCommunes;

    /** The account (token subject) of the collectivité's coordinator. */
    private String coordinator;

    /** The issuer of the coordinator's account: with the subject, the person (null: named before V25). */
    @Column(name = "coordinator_issuer")
    private String coordinatorIssuer;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    private int generation;

    @Column(name = "previous_contract_id")
    private UUID previousContractId;

    @Column(name = "next_contract_id")
    private UUID nextContractId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "contract_id", nullable = false)
    @OrderBy("organisation")
    private List<Signatory> signatories = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "contract_id", nullable = false)
    @OrderBy("addedAt")
    private List<ContractDocument> documents = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    static Contract initiate(String tenantId, ContractKind kind, String title, LocalDate letterOfIntentReceivedOn,
            Instant now) {
        Contract contract = create(tenantId, kind, title, ContractStatus.LETTER_OF_INTENT_RECEIVED, now);
        contract.letterOfIntentReceivedOn = letterOfIntentReceivedOn;
        contract.registerEvent(new ContractInitiated(contract.id(), tenantId, kind, contract.title, contract.status,
                letterOfIntentReceivedOn));
        contract.changed();
        return contract;
    }

    /**
     * Registers a contract signed before the platform existed (an ARS onboarding its running contracts), in
     * the status it has reached: IN_FORCE, EVALUATION or CLOSED, with its dates and signatures.
     */
    static Contract importSigned(String tenantId, ContractKind kind, String title, ContractStatus status,
            LocalDate letterOfIntentReceivedOn, LocalDate start, LocalDate end, ContractRules rules,
            List<ImportedSignatory> signatures, Long territoryPopulation, List<String> axes, Instant now) {
        if (status != ContractStatus.IN_FORCE && status != ContractStatus.EVALUATION && status != ContractStatus.CLOSED) {
            throw new RuleViolationException("imported-status", "an existing contract is imported IN_FORCE, EVALUATION or CLOSED");
        }
        Contract contract = create(tenantId, kind, title, status, now);
        contract.letterOfIntentReceivedOn = letterOfIntentReceivedOn;
        contract.territoryPopulation = territoryPopulation;
        signatures.forEach(s -> contract.signatories.add(new Signatory(tenantId, s.organisation(), s.kind(),
                s.kind() == SignatoryKind.COLLECTIVITE)));
        for (int i = 0; i < signatures.size(); i++) {
            if (signatures.get(i).signedOn() == null) {
                throw new RuleViolationException("all-signatories-signed", signatures.get(i).organisation() + " has no signature date",
                        signatures.get(i).organisation());
            }
            contract.signatories.get(i).sign(signatures.get(i).signedOn());
        }
        Set<SignatoryKind> kinds = signatures.stream().map(ImportedSignatory::kind).collect(Collectors.toSet());
        if (signatures.size() < 2 || !kinds.contains(SignatoryKind.ARS) || !kinds.contains(SignatoryKind.COLLECTIVITE)) {
            throw new RuleViolationException("signatories-ars-and-collectivite",
                    "at least two signatories are needed, among them the ARS and a collectivité");
        }
        LocalDate computedEnd = end != null ? end : rules.durationYears() == null ? null
                : start.plusYears(rules.durationYears()).minusDays(1);
        if (start == null || computedEnd == null || !computedEnd.isAfter(start)) {
            throw new RuleViolationException(Violation.variant("dates-in-order", "imported",
                    "give a start date and an end date after it"));
        }
        contract.startDate = start;
        contract.endDate = computedEnd;
        if (status == ContractStatus.CLOSED) {
            contract.endedOn = computedEnd;
        }
        if (!axes.isEmpty()) {
            contract.registerEvent(new AxesImported(contract.id(), tenantId, List.copyOf(axes)));
        }
        contract.registerEvent(new ContractTransitioned(contract.id(), tenantId, kind, contract.title, null, status,
                "imported", start, start, computedEnd, null, null));
        contract.signatories.forEach(s -> contract.registerEvent(contract.listed(s)));
        contract.changed();
        return contract;
    }

    /** Every command of the owner ends with it, the COPIL's decisions recorded from governance-service do not. */
    private void changed() {
        registerEvent(new ContractChanged(id()));
    }

    private SignatoryListed listed(Signatory signatory) {
        return new SignatoryListed(id(), tenantId, signatory.id(), signatory.organisation(), signatory.kind(),
                signatory.carrier());
    }

    /** A signature of a contract signed before it came onto the platform. */
    public record ImportedSignatory(String organisation, SignatoryKind kind, LocalDate signedOn) {
    }

    private static Contract create(String tenantId, ContractKind kind, String title, ContractStatus status, Instant now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.tenantId = tenantId;
        contract.kind = kind;
        contract.title = title.strip();
        contract.status = status;
        contract.generation = 1;
        contract.createdAt = now;
        return contract;
    }

    void startFraming(LocalDate on) {
        requireStatus("start the framing", ContractStatus.LETTER_OF_INTENT_RECEIVED);
        moveTo(ContractStatus.FRAMING, "framing-started", on, null);
    }

    /** The ARS agrees to start: a CLS goes to its diagnostic, a protocole d'accord straight to elaboration. */
    void giveAgreement(DiagnosticMode mode, LocalDate on) {
        requireStatus("give the agreement", ContractStatus.FRAMING);
        agreementGivenOn = on;
        if (kind == ContractKind.PROTOCOLE_ACCORD) {
            moveTo(ContractStatus.ELABORATION, "agreement-given", on, null);
            return;
        }
        if (mode == null) {
            throw new RuleViolationException("diagnostic-mode-chosen",
                    "say who will write the diagnostic (IN_HOUSE, PROVIDER or ORS)");
        }
        diagnosticMode = mode;
        moveTo(ContractStatus.DIAGNOSTIC, "agreement-given", on, null);
    }

    void refuseAgreement(String reason, LocalDate on) {
        requireStatus("refuse the agreement", ContractStatus.FRAMING);
        requireReason(reason);
        endedOn = on;
        endReason = reason.strip();
        moveTo(ContractStatus.AGREEMENT_REFUSED, "agreement-refused", on, endReason);
    }

    /** The diagnostic is delivered with its three portraits: territory, health, resources and responses. */
    void deliverDiagnostic(boolean territoryPortrait, boolean healthPortrait, boolean resourcesPortrait, LocalDate on) {
        requireStatus("deliver the diagnostic", ContractStatus.DIAGNOSTIC);
        if (!(territoryPortrait && healthPortrait && resourcesPortrait)) {
            throw new RuleViolationException("diagnostic-has-three-portraits",
                    "a diagnostic is delivered with its territory, health and resources portraits");
        }
        diagnosticDeliveredOn = on;
        moveTo(ContractStatus.ELABORATION, "diagnostic-delivered", on, null);
    }

    /** The territory (its member codes as JSON) and its INSEE population, until the contract goes to signature. */
    void defineTerritory(String members, long population, List<String> departements, String beneficiary) {
        defineTerritory(members, population, departements, beneficiary, null, List.of());
    }

    /** With the communes it covers, resolved against an edition of the official division. */
    void defineTerritory(String members, long population, List<String> departements, String beneficiary, String edition,
            List<String> communes) {
        requireStatus("define the territory", ContractStatus.LETTER_OF_INTENT_RECEIVED, ContractStatus.FRAMING,
                ContractStatus.DIAGNOSTIC, ContractStatus.ELABORATION);
        territory = members;
        territoryPopulation = population;
        territoryDepartements = String.join(",", departements);
        territoryBeneficiary = beneficiary;
        territoryEdition = edition;
        territoryCommunes = communes.toArray(String[]::new);
        changed();
    }

    void assignCoordinator(String issuer, String subject) {
        if (!status.beforeSignature() && status != ContractStatus.IN_FORCE && status != ContractStatus.EVALUATION) {
            throw new RuleViolationException(Violation.variant("transition-allowed", "ended-no-coordinator",
                    "a contract that has ended has no coordinator to assign"));
        }
        coordinator = subject.strip();
        coordinatorIssuer = issuer;
        changed();
    }

    /**
     * The contract's coordinators (one account here, with its issuer; null issuer: named before V25), for
     * {@link fr.cls.platform.security.CoordinatedContracts}.
     */
    List<fr.cls.platform.security.Coordinator> coordinators() {
        return coordinator == null ? List.of() : List.of(new fr.cls.platform.security.Coordinator(coordinatorIssuer, coordinator));
    }

    Signatory addSignatory(String organisation, SignatoryKind signatoryKind) {
        return addSignatory(organisation, signatoryKind, false);
    }

    /** Another tenant (a co-funding département, a signatory) takes part: a party of the contract, kept apart. */
    ContractParty admit(String partyTenant, PartyRole role, Instant now) {
        changed();
        return new ContractParty(this, partyTenant, role, now);
    }

    ContractDocument addDocument(String documentTitle, DocumentKind documentKind, String reference, LocalDate issuedOn, Instant now) {
        if (issuedOn != null && now != null && issuedOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Paris")))) {
            throw new RuleViolationException("document-not-from-the-future", "a document cannot be issued after today");
        }
        ContractDocument document = new ContractDocument(tenantId, documentTitle, documentKind, reference, issuedOn, now);
        documents.add(document);
        changed();
        return document;
    }

    Signatory addSignatory(String organisation, SignatoryKind signatoryKind, boolean carrier) {
        requireStatus("add a signatory", ContractStatus.ELABORATION);
        boolean listed = signatories.stream().anyMatch(s -> s.organisation().equalsIgnoreCase(organisation.strip()));
        if (listed) {
            throw new RuleViolationException("signatory-listed-once", organisation + " is already a signatory", organisation);
        }
        Signatory signatory = new Signatory(tenantId, organisation, signatoryKind, carrier);
        signatories.add(signatory);
        registerEvent(listed(signatory));
        changed();
        return signatory;
    }

    /** The COPIL's validation, from governance-service. Recorded while it can still matter (before signature). */
    boolean recordCopilValidation(LocalDate decidedOn) {
        if (status != ContractStatus.ELABORATION && status != ContractStatus.AWAITING_SIGNATURES) {
            return false;
        }
        copilValidatedOn = decidedOn;
        return true;
    }

    /** The COPIL adopted the evaluation, from governance-service. Recorded while the contract is being evaluated. */
    boolean recordEvaluationAdoption(LocalDate decidedOn) {
        if (status != ContractStatus.EVALUATION) {
            return false;
        }
        evaluationAdoptedOn = decidedOn;
        return true;
    }

    void submitForSignature(ContractRules rules, LocalDate on) {
        requireStatus("submit for signature", ContractStatus.ELABORATION);
        List<Violation> violations = submissionBlockers(rules);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        moveTo(ContractStatus.AWAITING_SIGNATURES, "submitted-for-signature", on, null);
    }

    /** What would refuse the submission for signature now (the rules {@link #submitForSignature} applies). */
    private List<Violation> submissionBlockers(ContractRules rules) {
        List<Violation> violations = new ArrayList<>();
        if (copilValidatedOn == null) {
            violations.add(new Violation("copil-validated", "the COPIL has not validated the contract yet"));
        }
        Set<SignatoryKind> kinds = signatories.stream().map(Signatory::kind).collect(Collectors.toSet());
        if (signatories.size() < 2 || !kinds.contains(SignatoryKind.ARS) || !kinds.contains(SignatoryKind.COLLECTIVITE)) {
            violations.add(new Violation("signatories-ars-and-collectivite",
                    "at least two signatories are needed, among them the ARS and a collectivité"));
        }
        if (rules.minimumPopulation() != null
                && (territoryPopulation == null || territoryPopulation < rules.minimumPopulation())) {
            violations.add(territoryPopulation == null
                    ? Violation.variant("minimum-population", "no-territory", "the territory must have at least "
                            + rules.minimumPopulation() + " inhabitants (has no territory)", rules.minimumPopulation())
                    : Violation.of("minimum-population", "the territory must have at least " + rules.minimumPopulation()
                            + " inhabitants (has " + territoryPopulation + ")", rules.minimumPopulation(), territoryPopulation));
        }
        return violations;
    }

    /** The signatories who have not signed yet: the contract cannot come into force before they do. */
    private List<Violation> signatureBlockers() {
        List<String> missing = signatories.stream().filter(s -> !s.signed()).map(Signatory::organisation).toList();
        return missing.isEmpty() ? List.of()
                : List.of(Violation.of("all-signatories-signed", "still to sign: " + String.join(", ", missing),
                        String.join(", ", missing)));
    }

    /**
     * The next step of the lifecycle that rules can block, and what would refuse it now (nothing changed): the
     * submission in elaboration, the entry into force awaiting signatures, the closure of a CLS in evaluation.
     * Steps that only wait for the person's input (a date, a mode) are not checked ahead: {@code null}.
     */
    NextStep nextStep(ContractRules rules) {
        return switch (status) {
            case ELABORATION -> new NextStep("submission", submissionBlockers(rules));
            case AWAITING_SIGNATURES -> new NextStep("signature", signatureBlockers());
            case EVALUATION -> kind == ContractKind.PROTOCOLE_ACCORD ? null : new NextStep("closure", evaluationAdoptedOn == null
                    ? List.of(Violation.of("evaluation-adopted", "the COPIL has not adopted the evaluation yet; the contract"
                            + " cannot be closed before", "closed"))
                    : List.of());
            default -> null;
        };
    }

    /** A lifecycle step (the resource under {@code /contracts/{id}/}) and the rules that would refuse it now. */
    public record NextStep(String step, List<Violation> blockers) {
    }

    Signatory recordSignature(UUID signatoryId, LocalDate on) {
        requireStatus("record a signature", ContractStatus.AWAITING_SIGNATURES);
        Signatory signatory = signatories.stream().filter(s -> s.id().equals(signatoryId)).findFirst()
                .orElseThrow(() -> new fr.cls.platform.domain.NotFoundException("signatory", signatoryId));
        signatory.sign(on);
        changed();
        return signatory;
    }

    /**
     * In force once every signatory signed: from {@code start} for the owner's duration (a 3-year contract from
     * 2015-01-01 ends 2017-12-31), or until {@code end} where the owner has no duration rule.
     */
    void sign(LocalDate start, LocalDate end, ContractRules rules, LocalDate on) {
        requireStatus("put the contract in force", ContractStatus.AWAITING_SIGNATURES);
        List<Violation> unsigned = signatureBlockers();
        if (!unsigned.isEmpty()) {
            throw new RuleViolationException(unsigned);
        }
        LocalDate computedEnd = rules.durationYears() != null ? start.plusYears(rules.durationYears()).minusDays(1) : end;
        if (computedEnd == null || !computedEnd.isAfter(start)) {
            throw new RuleViolationException("dates-in-order", "the end date must come after the start date");
        }
        startDate = start;
        endDate = computedEnd;
        moveTo(ContractStatus.IN_FORCE, "signed", on, null);
    }

    void startEvaluation(LocalDate on) {
        if (kind == ContractKind.PROTOCOLE_ACCORD) {
            throw new RuleViolationException(Violation.variant("transition-allowed", "protocole-not-evaluated",
                    "a protocole d'accord is not evaluated; close it or convert it into a CLS"));
        }
        requireStatus("start the evaluation", ContractStatus.IN_FORCE);
        moveTo(ContractStatus.EVALUATION, "evaluation-started", on, null);
    }

    /** A protocole d'accord is closed in force; a CLS once the COPIL adopted its evaluation. */
    void close(LocalDate on) {
        requireStatus("close the contract", kind == ContractKind.PROTOCOLE_ACCORD ? ContractStatus.IN_FORCE : ContractStatus.EVALUATION);
        if (kind != ContractKind.PROTOCOLE_ACCORD) {
            requireEvaluationAdopted("closed");
        }
        endedOn = on;
        moveTo(ContractStatus.CLOSED, "closed", on, null);
    }

    /**
     * A new generation of the contract, linked to this one both ways, starts at elaboration (the evaluation updates the
     * diagnostic). It keeps the territory, the coordinator and the signatories, who sign the new contract again; the
     * parties are carried over by {@link Contracts#renew} (they are not part of this aggregate).
     */
    Contract renew(LocalDate on, Instant now) {
        if (kind == ContractKind.PROTOCOLE_ACCORD) {
            throw new RuleViolationException(Violation.variant("transition-allowed", "protocole-not-renewed",
                    "a protocole d'accord is converted into a CLS, not renewed"));
        }
        requireStatus("renew the contract", ContractStatus.EVALUATION);
        requireEvaluationAdopted("renewed");
        Contract next = create(tenantId, kind, title, ContractStatus.ELABORATION, now);
        next.generation = generation + 1;
        next.previousContractId = id;
        next.letterOfIntentReceivedOn = letterOfIntentReceivedOn;
        next.agreementGivenOn = on;
        next.registerEvent(new ContractInitiated(next.id(), tenantId, kind, next.title, next.status, letterOfIntentReceivedOn));
        carryOverTo(next);
        endedOn = on;
        nextContractId = next.id;
        moveTo(ContractStatus.RENEWED, "renewed", on, null);
        return next;
    }

    /**
     * What the next contract (renewal or CLS converted from a protocole) keeps: the territory, the coordinator and the
     * signatories, unsigned since they sign the new contract again. Parties are carried by {@link Contracts}.
     */
    private void carryOverTo(Contract next) {
        next.territory = territory;
        next.territoryPopulation = territoryPopulation;
        next.territoryDepartements = territoryDepartements;
        next.territoryBeneficiary = territoryBeneficiary;
        next.territoryEdition = territoryEdition;
        next.territoryCommunes = territoryCommunes;
        next.coordinator = coordinator;
        next.coordinatorIssuer = coordinatorIssuer;
        signatories.forEach(s -> next.signatories.add(s.unsignedCopy()));
        next.signatories.forEach(s -> next.registerEvent(next.listed(s)));
        next.changed();
    }

    /**
     * The protocole d'accord announced a CLS: the CLS starts at its diagnostic, the agreement being given, with the
     * protocole's territory, coordinator and signatories (who sign again), as a renewal keeps them.
     */
    Contract convertToCls(DiagnosticMode mode, LocalDate on, Instant now) {
        if (kind != ContractKind.PROTOCOLE_ACCORD) {
            throw new RuleViolationException(Violation.variant("transition-allowed", "only-protocole-converted",
                    "only a protocole d'accord is converted into a CLS"));
        }
        requireStatus("convert into a CLS", ContractStatus.IN_FORCE);
        if (mode == null) {
            throw new RuleViolationException(Violation.variant("diagnostic-mode-chosen", "conversion",
                    "say who will write the CLS's diagnostic"));
        }
        Contract cls = create(tenantId, ContractKind.CLS, title, ContractStatus.DIAGNOSTIC, now);
        cls.previousContractId = id;
        cls.letterOfIntentReceivedOn = letterOfIntentReceivedOn;
        cls.agreementGivenOn = on;
        cls.diagnosticMode = mode;
        cls.registerEvent(new ContractInitiated(cls.id(), tenantId, cls.kind, cls.title, cls.status, letterOfIntentReceivedOn));
        carryOverTo(cls);
        endedOn = on;
        nextContractId = cls.id;
        moveTo(ContractStatus.CONVERTED, "converted", on, null);
        return cls;
    }

    void abandon(String reason, LocalDate on) {
        if (!status.beforeSignature()) {
            throw new RuleViolationException(Violation.variant("transition-allowed", "abandon-before-signature",
                    "a contract can be abandoned only before it is signed; it is " + status, status));
        }
        requireReason(reason);
        endedOn = on;
        endReason = reason.strip();
        moveTo(ContractStatus.ABANDONED, "abandoned", on, endReason);
    }

    private void moveTo(ContractStatus to, String transition, LocalDate on, String reason) {
        ContractStatus from = status;
        status = to;
        registerEvent(new ContractTransitioned(id(), tenantId, kind, title, from, to, transition, on, startDate, endDate,
                reason, nextContractId == null ? null : new ContractId(nextContractId)));
        changed();
    }

    private void requireStatus(String action, ContractStatus... allowed) {
        Set<ContractStatus> set = EnumSet.noneOf(ContractStatus.class);
        set.addAll(List.of(allowed));
        if (!set.contains(status)) {
            throw new RuleViolationException("transition-allowed", "cannot " + action + " of a contract in status "
                    + status + "; allowed from " + set, action, status, set);
        }
    }

    /** The evaluation is the COPIL's to adopt: the contract's end is decided on it, not before. */
    private void requireEvaluationAdopted(String what) {
        if (evaluationAdoptedOn == null) {
            throw new RuleViolationException("evaluation-adopted",
                    "the COPIL has not adopted the evaluation yet; the contract cannot be " + what + " before", what);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-given", "give the reason");
        }
    }

    /** Events registered and not yet published (they leave when the repository saves the contract). */
    Collection<Object> registeredEvents() {
        return domainEvents();
    }

    public ContractId id() {
        return new ContractId(id);
    }

    public String tenantId() {
        return tenantId;
    }

    public ContractKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate letterOfIntentReceivedOn() {
        return letterOfIntentReceivedOn;
    }

    public LocalDate agreementGivenOn() {
        return agreementGivenOn;
    }

    public DiagnosticMode diagnosticMode() {
        return diagnosticMode;
    }

    public LocalDate diagnosticDeliveredOn() {
        return diagnosticDeliveredOn;
    }

    public LocalDate copilValidatedOn() {
        return copilValidatedOn;
    }

    public LocalDate evaluationAdoptedOn() {
        return evaluationAdoptedOn;
    }

    public String coordinator() {
        return coordinator;
    }

    public String coordinatorIssuer() {
        return coordinatorIssuer;
    }

    public String territory() {
        return territory;
    }

    /** INSEE codes of the territory's départements; empty while no territory is defined. */
    public List<String> territoryDepartements() {
        return territoryDepartements == null || territoryDepartements.isBlank() ? List.of()
                : List.of(territoryDepartements.split(","));
    }

    /** EPCI, GROUP_OF_EPCI or COMMUNE; null while no territory is defined. */
    public String territoryBeneficiary() {
        return territoryBeneficiary;
    }

    public Long territoryPopulation() {
        return territoryPopulation;
    }

    /** The edition of the official division the territory was resolved against; null while not defined. */
    public String territoryEdition() {
        return territoryEdition;
    }

    /** INSEE codes of the communes covered; empty while not defined (or imported with its population only). */
    public List<String> territoryCommunes() {
        return territoryCommunes == null ? List.of() : List.of(territoryCommunes);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public int generation() {
        return generation;
    }

    public UUID previousContractId() {
        return previousContractId;
    }

    public UUID nextContractId() {
        return nextContractId;
    }

    public List<Signatory> signatories() {
        return List.copyOf(signatories);
    }

    public List<ContractDocument> documents() {
        return List.copyOf(documents);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
