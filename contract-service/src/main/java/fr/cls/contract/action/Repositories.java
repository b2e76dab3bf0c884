package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Persistence of this package; row-level security limits every query to the owner and the parties. */
final class Repositories {

    private Repositories() {
    }

    interface Axes extends Repository<Axis, UUID> {
        Axis saveAndFlush(Axis axis);

        List<Axis> findByContractIdOrderByPositionAscCodeAsc(UUID contractId);

        Optional<Axis> findByIdAndContractId(UUID id, UUID contractId);

        boolean existsByContractIdAndCodeIgnoreCase(UUID contractId, String code);
    }

    interface Sheets extends Repository<ActionSheet, UUID> {
        ActionSheet saveAndFlush(ActionSheet sheet);

        List<ActionSheet> findByContractIdOrderByTitle(UUID contractId);

        Optional<ActionSheet> findByIdAndContractId(UUID id, UUID contractId);
    }

    interface Programmings extends Repository<Programming, UUID> {
        Programming saveAndFlush(Programming programming);

        Optional<Programming> findByContractIdAndYear(UUID contractId, int year);

        Optional<Programming> findByContractIdAndYearAndOwnerTenantId(UUID contractId, int year, String ownerTenantId);
    }

    interface Reports extends Repository<AnnualReport, UUID> {
        AnnualReport saveAndFlush(AnnualReport report);

        Optional<AnnualReport> findByContractIdAndYear(UUID contractId, int year);
    }

    interface Amendments extends Repository<Amendment, UUID> {
        Amendment saveAndFlush(Amendment amendment);

        List<Amendment> findByContractIdOrderByNumber(UUID contractId);

        long countByContractId(UUID contractId);
    }
}
