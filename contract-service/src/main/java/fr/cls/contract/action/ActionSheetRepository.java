package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ActionSheetRepository extends Repository<ActionSheet, UUID> {
    ActionSheet saveAndFlush(ActionSheet sheet);

    List<ActionSheet> findByContractIdOrderByTitle(UUID contractId);

    Optional<ActionSheet> findByIdAndContractId(UUID id, UUID contractId);
}
