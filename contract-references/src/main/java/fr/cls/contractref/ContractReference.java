package fr.cls.contractref;

import java.util.UUID;

/** What a consuming service knows of a contract its tenant owns: kind, title and current status. */
public record ContractReference(UUID contractId, String kind, String title, String status) {
}
