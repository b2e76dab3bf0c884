package fr.cls.console.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import fr.cls.console.LabelMaps;

/** A signed original kept with the contract (a PDF), and who deposited it. */
public record OriginalView(UUID id, String kind, String title, String fileName, String uploadedByTenant, Instant uploadedAt) {

    public static final Map<String, String> KINDS = LabelMaps.ordered(
            "DELIBERATION", "Délibération",
            "SIGNED_CONTRACT", "Contrat signé",
            "MINUTES", "Procès-verbal de COPIL ou COTECH",
            "OTHER", "Autre document");

    public String kindLabel() {
        return KINDS.getOrDefault(kind, kind);
    }
}
