package fr.cls.contract.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.web.NotFoundException;
import fr.cls.platform.web.RuleViolationException;
import fr.cls.tenancy.TenantDirectory;

/**
 * What the outside world may do with contracts, always on behalf of the current tenant: the owner ARS
 * writes; tenants taking part read; anyone else learns nothing (404).
 */
@Service
public class Contracts {

    static final String ARS_WRITERS = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER')";

    private final ContractRepository repository;
    private final ContractPartyRepository parties;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final Clock clock;

    Contracts(ContractRepository repository, ContractPartyRepository parties, TenantDirectory tenants, AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.parties = parties;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ARS_WRITERS)
    public Contract initiate(ContractKind kind, String title, LocalDate letterOfIntentReceivedOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = letterOfIntentReceivedOn == null ? today : letterOfIntentReceivedOn;
        if (receivedOn.isAfter(today)) {
            throw new RuleViolationException("letter-of-intent-not-in-future",
                    "the letter of intent cannot be received after today (" + today + ")");
        }
        Contract contract = repository.save(Contract.initiate(TenantContext.require(), kind, title, receivedOn,
                clock.instant()));
        audit.record("contract.initiate", "contract", contract.id().toString(), null, contract.version());
        return contract;
    }

    @Transactional(readOnly = true)
    public Contract get(ContractId id) {
        return repository.findVisible(id.value(), TenantContext.require())
                .orElseThrow(() -> new NotFoundException("contract", id));
    }

    @Transactional(readOnly = true)
    public Page<Contract> list(Pageable pageable) {
        return repository.findAllVisible(TenantContext.require(), pageable);
    }

    /** The owner lists another tenant (a co-funding département, a signatory) as taking part. */
    @Transactional
    @PreAuthorize(ARS_WRITERS)
    public ContractParty addParty(ContractId id, String partyTenant, PartyRole role) {
        Contract contract = owned(id);
        if (tenants.find(partyTenant).isEmpty()) {
            throw new RuleViolationException("party-is-a-known-tenant", "no tenant " + partyTenant + " on the platform");
        }
        if (partyTenant.equals(contract.tenantId())) {
            throw new RuleViolationException("party-is-not-the-owner", "the owner already sees its contract");
        }
        if (parties.existsByContractIdAndTenantId(id.value(), partyTenant)) {
            throw new RuleViolationException("party-listed-once", partyTenant + " already takes part in this contract");
        }
        ContractParty party = parties.save(new ContractParty(contract, partyTenant, role, clock.instant()));
        audit.record("contract.party-add", "contract", id.toString(), contract.version(), contract.version());
        return party;
    }

    @Transactional(readOnly = true)
    public List<ContractParty> parties(ContractId id) {
        return parties.findByContractIdOrderByAddedAt(get(id).id().value());
    }

    /** For writes: the owner gets its contract; a party is told it may not write; anyone else gets 404. */
    private Contract owned(ContractId id) {
        Contract visible = get(id);
        if (!visible.tenantId().equals(TenantContext.require())) {
            throw new AccessDeniedException("only the owner of the contract may change it");
        }
        return visible;
    }
}
