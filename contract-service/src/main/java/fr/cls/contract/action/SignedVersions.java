package fr.cls.contract.action;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.ContractTransitioned;
import fr.cls.contract.contract.Contracts;
import fr.cls.platform.domain.NotFoundException;

/**
 * Keeps the contract as signed: when it comes into force (or is imported), a snapshot of it with its territory,
 * signatories, axes and action sheets is written in the same transaction, so a signature is never recorded without
 * it. The owner and the parties read it; anyone else gets 404.
 */
@Service
public class SignedVersions {

    private final Contracts contracts;
    private final SignedVersionRepository versions;
    private final ContractSnapshots snapshots;
    private final Clock clock;

    SignedVersions(Contracts contracts, SignedVersionRepository versions, ContractSnapshots snapshots, Clock clock) {
        this.contracts = contracts;
        this.versions = versions;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SignedVersion of(ContractId id) {
        Contract contract = contracts.get(id);
        return versions.findByContractId(contract.id().value())
                .orElseThrow(() -> new NotFoundException("signed version of contract", id));
    }

    /** Runs inside the transaction that saves the contract (domain events are published on save). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ContractTransitioned event) {
        SignedVersion.Origin origin = switch (event.transition()) {
            case "signed" -> SignedVersion.Origin.SIGNATURE;
            case "imported" -> SignedVersion.Origin.IMPORT;
            default -> null;
        };
        if (origin == null || versions.existsByContractId(event.contractId().value())) {
            return;
        }
        Contract contract = contracts.get(event.contractId());
        versions.saveAndFlush(new SignedVersion(contract.id().value(), contract.tenantId(), origin, event.on(),
                snapshots.of(contract), clock.instant()));
    }
}
