package fr.cls.portal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The portal's own record of its dossiers (in memory: it is a simulation). A status only replaces a newer one when
 * its sequence is higher, so webhooks and feed entries arriving out of order or twice change nothing.
 */
@Component
public class DossierBook {

    /** @param webhooks signed webhooks received about the dossier, applied or not: shows the push channel works */
    public record Dossier(String portalReference, UUID contractId, String schemeCode, int year, BigDecimal amount,
            String status, long sequence, int webhooks) {

        public Dossier(String portalReference, UUID contractId, String schemeCode, int year, BigDecimal amount, String status,
                long sequence) {
            this(portalReference, contractId, schemeCode, year, amount, status, sequence, 0);
        }
    }

    private final Map<String, Dossier> dossiers = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();

    public String nextReference() {
        return "FIR-SIM-" + UUID.randomUUID().toString().substring(0, 8) + "-" + numbers.incrementAndGet();
    }

    public void filed(Dossier dossier) {
        dossiers.merge(dossier.portalReference(), dossier, (known, filed) -> known.sequence() >= filed.sequence() ? known : filed);
    }

    /** @return whether the status was applied (false: an older or repeated change) */
    public boolean apply(String portalReference, String status, long sequence) {
        boolean[] applied = new boolean[1];
        dossiers.computeIfPresent(portalReference, (reference, known) -> {
            if (sequence <= known.sequence()) {
                return known;
            }
            applied[0] = true;
            return new Dossier(reference, known.contractId(), known.schemeCode(), known.year(), known.amount(), status, sequence,
                    known.webhooks());
        });
        return applied[0];
    }

    public void webhookReceived(String portalReference) {
        dossiers.computeIfPresent(portalReference, (reference, known) -> new Dossier(reference, known.contractId(),
                known.schemeCode(), known.year(), known.amount(), known.status(), known.sequence(), known.webhooks() + 1));
    }

    public Optional<Dossier> find(String portalReference) {
        return Optional.ofNullable(dossiers.get(portalReference));
    }

    public Collection<Dossier> all() {
        return dossiers.values();
    }
}
