package fr.cls.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReconciliationsTest {

    @Test
    void namesEachDossierSeenDifferentlyMissingOrUnknown() {
        var differences = Reconciliations.compare(Map.of("FIR-1", "GRANTED", "FIR-2", "RECEIVED", "FIR-3", "REFUSED"), List.of(
                new PortalClient.PortalDossier("FIR-1", "GRANTED", 3L),
                new PortalClient.PortalDossier("FIR-2", "DRAFT", 0L),
                new PortalClient.PortalDossier("FIR-9", "RECEIVED", 1L)));
        assertThat(differences).containsExactlyInAnyOrder(
                new Reconciliations.Difference("FIR-2", "STATUS_DIFFERS", "RECEIVED", "DRAFT"),
                new Reconciliations.Difference("FIR-3", "MISSING_AT_PORTAL", "REFUSED", null),
                new Reconciliations.Difference("FIR-9", "UNKNOWN_HERE", null, "RECEIVED"));
    }

    @Test
    void twoViewsAlikeHaveNoDifference() {
        assertThat(Reconciliations.compare(Map.of("FIR-1", "GRANTED"), List.of(new PortalClient.PortalDossier("FIR-1", "GRANTED", 3L))))
                .isEmpty();
    }
}
