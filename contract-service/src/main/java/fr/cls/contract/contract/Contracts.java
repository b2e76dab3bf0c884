package fr.cls.contract.contract;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.web.NotFoundException;
import fr.cls.platform.web.RuleViolationException;

/** What the outside world may do with contracts; always on behalf of the current tenant. */
@Service
public class Contracts {

    private final ContractRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    Contracts(ContractRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
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
        return repository.findByIdAndTenantId(id.value(), TenantContext.require())
                .orElseThrow(() -> new NotFoundException("contract", id));
    }

    @Transactional(readOnly = true)
    public Page<Contract> list(Pageable pageable) {
        return repository.findByTenantId(TenantContext.require(), pageable);
    }
}
