package fr.cls.contract.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.change.AggregateChanges;
import fr.cls.contract.change.AggregateChanges.Changes;
import fr.cls.contract.territory.CommuneLists;
import fr.cls.contract.territory.Territories;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TenantKind;

/**
 * What the outside world may do with contracts, always on behalf of the current tenant: the owner ARS
 * writes; tenants taking part read; anyone else learns nothing (404).
 */
@Service
public class Contracts {

    /** The rule code of a territory refused for spanning several départements. */
    static final String TERRITORY_WITHIN_ONE_DEPARTEMENT = "territory-within-one-departement";

    private final ContractRepository repository;
    private final ContractPartyRepository parties;
    private final TenantContractRules rules;
    private final Territories territories;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final ContractSearch search;
    private final Changes<Contract> changes;

    /** Owned or taken part in (arguments: tenant, tenant). */
    private static final String VISIBLE = "(c.tenant_id = ? or exists (select 1 from contract_party p"
            + " where p.contract_id = c.id and p.tenant_id = ?))";
    /** Owned and coordinated by the person (arguments: {@link CoordinatedContracts#sqlArguments}). */
    private static final String COORDINATED = CoordinatedContracts.sql("c.tenant_id", "c.coordinator",
            "c.coordinator_issuer");

    Contracts(ContractRepository repository, ContractPartyRepository parties, TenantContractRules rules,
            Territories territories, TenantDirectory tenants, AggregateChanges changes, Clock clock, ContractSearch search) {
        this.repository = repository;
        this.parties = parties;
        this.rules = rules;
        this.territories = territories;
        this.tenants = tenants;
        this.clock = clock;
        this.search = search;
        this.changes = changes.of("contract", repository::saveAndFlush, c -> "contract " + c.id(), Contract::id,
                Contract::version);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract initiate(ContractKind kind, String title, LocalDate letterOfIntentReceivedOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = letterOfIntentReceivedOn == null ? today : letterOfIntentReceivedOn;
        if (receivedOn.isAfter(today)) {
            throw new RuleViolationException("letter-of-intent-not-in-future",
                    "the letter of intent cannot be received after today (" + today + ")", today);
        }
        return created(Contract.initiate(TenantContext.require(), kind, title, receivedOn, clock.instant()));
    }

    /** Visible to its owner and parties; a coordinator sees only the contracts they coordinate. */
    @Transactional(readOnly = true)
    public Contract get(ContractId id) {
        return CoordinatedContracts.reachable(repository.findVisible(id.value(), TenantContext.require()),
                Contract::tenantId, Contract::coordinators, tenants).orElseThrow(() -> new NotFoundException("contract", id));
    }

    /** The contracts the caller sees, narrowed by the filter, in the order of a validated {@code sort}. */
    @Transactional(readOnly = true)
    public Page<Contract> list(ContractFilter filter, String sort, int page, int size) {
        String tenant = TenantContext.require();
        if (!CoordinatedContracts.confined()) {
            return search.page(VISIBLE, List.of(tenant, tenant), filter, sort, page, size);
        }
        return search.page(COORDINATED, CoordinatedContracts.sqlArguments(CurrentActor.get(), tenants), filter, sort, page,
                size);
    }

    /**
     * What would refuse the contract's next step now, for whoever sees the contract (nothing changes): the console
     * shows it before the person tries. {@code null} when no rule-checked step comes next.
     */
    @Transactional(readOnly = true)
    public Contract.NextStep nextStep(ContractId id) {
        return get(id).nextStep(rules.current());
    }

    /** Read inside the transaction: the collections are loaded lazily. */
    @Transactional(readOnly = true)
    public List<Signatory> signatories(ContractId id) {
        return get(id).signatories();
    }

    @Transactional(readOnly = true)
    public List<ContractDocument> documents(ContractId id) {
        return get(id).documents();
    }

    /**
     * The ARS names the collectivité's coordinator: the subject of their account and its issuer, which defaults to
     * the tenant's issuer when it trusts only one and must be one it trusts.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract assignCoordinator(ContractId id, Long seenVersion, String subject, String issuer) {
        List<String> trusted = tenantIssuers();
        String named = issuer == null || issuer.isBlank() ? null : issuer.strip();
        if (named == null && trusted.size() != 1) {
            throw new RuleViolationException("coordinator-issuer-required",
                    "the tenant trusts several issuers: name the coordinator's issuer with their subject");
        }
        if (named != null && !trusted.contains(named)) {
            throw new RuleViolationException("coordinator-issuer-trusted",
                    "the coordinator's issuer must be one the tenant trusts: " + trusted,
                    String.join(", ", trusted));
        }
        String coordinatorIssuer = named == null ? trusted.get(0) : named;
        return change(id, seenVersion, "contract.assign-coordinator", c -> c.assignCoordinator(coordinatorIssuer, subject));
    }

    private List<String> tenantIssuers() {
        return CoordinatedContracts.tenantIssuers(tenants);
    }

    /** The owner lists another tenant (a co-funding département, a signatory) as taking part. */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public ContractParty addParty(ContractId id, String partyTenant, PartyRole role) {
        return changes.addAndGet("contract.party-add", () -> owned(id), contract -> {
            if (tenants.find(partyTenant).isEmpty()) {
                throw new RuleViolationException("party-is-a-known-tenant", "no tenant " + partyTenant + " on the platform", partyTenant);
            }
            if (partyTenant.equals(contract.tenantId())) {
                throw new RuleViolationException("party-is-not-the-owner", "the owner already sees its contract");
            }
            if (parties.existsByContractIdAndTenantId(id.value(), partyTenant)) {
                throw new RuleViolationException("party-listed-once", partyTenant + " already takes part in this contract", partyTenant);
            }
            return parties.save(contract.admit(partyTenant, role, clock.instant()));
        });
    }

    @Transactional(readOnly = true)
    public List<ContractParty> parties(ContractId id) {
        return parties.findByContractIdOrderByAddedAt(get(id).id().value());
    }

    // ---- lifecycle: each command goes through AggregateChanges (the owner's contract, the version the caller saw,
    // the aggregate guarding the transition and raising its events, the audit), all in one transaction.

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract startFraming(ContractId id, Long seenVersion, LocalDate on) {
        return change(id, seenVersion, "contract.start-framing", c -> c.startFraming(day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_APPROVER)
    public Contract giveAgreement(ContractId id, Long seenVersion, DiagnosticMode mode, LocalDate on) {
        return change(id, seenVersion, "contract.give-agreement", c -> c.giveAgreement(mode, day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_APPROVER)
    public Contract refuseAgreement(ContractId id, Long seenVersion, String reason, LocalDate on) {
        return change(id, seenVersion, "contract.refuse-agreement", c -> c.refuseAgreement(reason, day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Contract deliverDiagnostic(ContractId id, Long seenVersion, boolean territory, boolean health,
            boolean resources, LocalDate on) {
        return change(id, seenVersion, "contract.deliver-diagnostic",
                c -> c.deliverDiagnostic(territory, health, resources, day(on)));
    }

    /**
     * The territory from official codes, resolved into its communes against an edition of the official division:
     * unknown or overlapping codes are refused, an ARS's contract lies wholly in its own région (every commune and
     * every EPCI's member communes), and in one département when the owner's rules say so (ARS Occitanie).
     */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Contract defineTerritory(ContractId id, Long seenVersion, Territories.TerritoryRequest request) {
        Contract contract = owned(id);
        Territories.Territory computed = territories.compute(request);
        requireOwnersRegion(contract.tenantId(), computed);
        if (rules.current().territoryWithinOneDepartement()) {
            requireOneDepartement(computed);
        }
        String members = "{\"communes\":" + jsonArray(request.communes()) + ",\"epci\":" + jsonArray(request.epci()) + "}";
        return change(id, seenVersion, "contract.define-territory",
                c -> c.defineTerritory(members, computed.population(), computed.departements(), beneficiaryOf(request),
                        computed.edition(), computed.communeCodes()));
    }

    /** One violation per member reaching outside the owner ARS's région (from the tenant directory), naming its code. */
    private void requireOwnersRegion(String owner, Territories.Territory territory) {
        tenants.find(owner).filter(t -> t.kind() == TenantKind.ARS && t.inseeCode() != null).ifPresent(ars -> {
            List<RuleViolationException.Violation> outside = territory.members().stream()
                    .filter(m -> m.regions().stream().anyMatch(r -> !r.equals(ars.inseeCode())))
                    .map(m -> outsideRegion(m.kind(), m.code() + " (" + m.name() + ") lies in région(s) " + m.regions()
                            + ", outside " + ars.name() + " (région " + ars.inseeCode() + ")",
                            m.code(), m.name(), m.regions(), ars.name(), ars.inseeCode()))
                    .toList();
            if (!outside.isEmpty()) {
                throw new RuleViolationException(outside);
            }
        });
    }

    /**
     * The communes' départements are counted, not the members': an EPCI straddling two départements (CC Tarn-Agout,
     * 31 and 81) makes the territory span both, since its communes in each are covered.
     */
    private static void requireOneDepartement(Territories.Territory territory) {
        Map<String, List<Territories.Commune>> byDepartement = territory.communes().stream()
                .collect(Collectors.groupingBy(Territories.Commune::departement, TreeMap::new, Collectors.toList()));
        if (byDepartement.size() > 1) {
            String found = byDepartement.entrySet().stream()
                    .map(d -> d.getKey() + " (" + CommuneLists.describe(d.getValue()) + ")")
                    .collect(Collectors.joining("; "));
            throw new RuleViolationException(TERRITORY_WITHIN_ONE_DEPARTEMENT, "the owner's rules want the territory "
                    + "within one département; its communes lie in " + byDepartement.size() + " départements "
                    + byDepartement.keySet() + ": " + found, byDepartement.size(), found);
        }
    }

    /** Who carries the funded posts, as funders' rules name it. */
    private static String beneficiaryOf(Territories.TerritoryRequest request) {
        if (request.epci().isEmpty()) {
            return "COMMUNE";
        }
        return request.epci().size() == 1 && request.communes().isEmpty() ? "EPCI" : "GROUP_OF_EPCI";
    }

    private static String jsonArray(List<String> codes) {
        return codes.stream().map(code -> "\"" + code.replaceAll("[^0-9A-Za-z]", "") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Signatory addSignatory(ContractId id, String organisation, SignatoryKind kind, boolean carrier) {
        return changes.addAndGet("contract.add-signatory", () -> owned(id), c -> c.addSignatory(organisation, kind, carrier));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ContractDocument addDocument(ContractId id, String title, DocumentKind kind, String reference, LocalDate issuedOn) {
        return changes.addAndGet("contract.add-document", () -> owned(id),
                c -> c.addDocument(title, kind, reference, issuedOn, clock.instant()));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Signatory recordSignature(ContractId id, Long seenVersion, UUID signatoryId, LocalDate on) {
        return changes.changeAndGet("contract.record-signature", () -> owned(id), seenVersion,
                c -> c.recordSignature(signatoryId, day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Contract submitForSignature(ContractId id, Long seenVersion, LocalDate on) {
        return change(id, seenVersion, "contract.submit-for-signature", c -> c.submitForSignature(rules.current(), day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_APPROVER)
    public Contract sign(ContractId id, Long seenVersion, LocalDate start, LocalDate end) {
        if (start == null) {
            throw new RuleViolationException("start-date-given", "give the date the contract starts");
        }
        return change(id, seenVersion, "contract.sign", c -> c.sign(start, end, rules.current(), LocalDate.now(clock)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Contract startEvaluation(ContractId id, Long seenVersion, LocalDate on) {
        return change(id, seenVersion, "contract.start-evaluation", c -> c.startEvaluation(day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract close(ContractId id, Long seenVersion, LocalDate on) {
        return change(id, seenVersion, "contract.close", c -> c.close(day(on)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract abandon(ContractId id, Long seenVersion, String reason, LocalDate on) {
        return change(id, seenVersion, "contract.abandon", c -> c.abandon(reason, day(on)));
    }

    /** @return the new generation, with the parties of the renewed one (they take part in the new contract too) */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract renew(ContractId id, Long seenVersion, LocalDate on) {
        Contract next = changes.changeAndGet("contract.renew", () -> owned(id), seenVersion,
                c -> c.renew(day(on), clock.instant()));
        return withPartiesOf(id, next);
    }

    /** The parties of the contract a new generation or a CLS follows take part in it too. */
    private Contract withPartiesOf(ContractId previous, Contract next) {
        Contract saved = created(next);
        parties.findByContractIdOrderByAddedAt(previous.value())
                .forEach(p -> parties.save(new ContractParty(saved, p.tenantId(), p.role(), clock.instant())));
        return saved;
    }

    /** @return the CLS the protocole d'accord became, with its parties */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Contract convertToCls(ContractId id, Long seenVersion, DiagnosticMode mode, LocalDate on) {
        Contract cls = changes.changeAndGet("contract.convert", () -> owned(id), seenVersion,
                c -> c.convertToCls(mode, day(on), clock.instant()));
        return withPartiesOf(id, cls);
    }

    /** An ARS brings a contract signed before the platform existed, with its dates and signatures. */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_APPROVER)
    public Contract importSigned(ContractKind kind, String title, ContractStatus status, LocalDate letterOfIntentReceivedOn,
            LocalDate start, LocalDate end, List<Contract.ImportedSignatory> signatures, Long territoryPopulation,
            List<String> axes) {
        return created(Contract.importSigned(TenantContext.require(), kind, title, status, letterOfIntentReceivedOn, start,
                end, rules.current(), signatures, territoryPopulation, axes, clock.instant()));
    }

    private Contract created(Contract contract) {
        return changes.create("contract.initiate", contract);
    }

    private Contract change(ContractId id, Long seenVersion, String action, Consumer<Contract> command) {
        return changes.change(action, () -> owned(id), seenVersion, command);
    }

    private LocalDate day(LocalDate given) {
        return given == null ? LocalDate.now(clock) : given;
    }

    /** For writes: the owner gets its contract; a party is told it may not write; anyone else gets 404. */
    private Contract owned(ContractId id) {
        Contract visible = get(id);
        if (!visible.tenantId().equals(TenantContext.require())) {
            throw new AccessDeniedException("only the owner of the contract may change it");
        }
        return visible;
    }

    private static RuleViolationException.Violation outsideRegion(String kind, String english, Object... arguments) {
        return "COMMUNE".equals(kind)
                ? RuleViolationException.Violation.variant("territory-in-owner-region", "commune", "commune " + english, arguments)
                : RuleViolationException.Violation.variant("territory-in-owner-region", "epci", "EPCI " + english, arguments);
    }
}
