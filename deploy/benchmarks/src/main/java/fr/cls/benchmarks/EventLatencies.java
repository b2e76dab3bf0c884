package fr.cls.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * From the outbox's commit ({@code outbox_event.created_at} in contract-service's database) to the delivery recorded
 * by notification-service ({@code delivery.recorded_at}, LOG channel), per event: both clocks are the same machine's.
 *
 * @param events   the events committed in the window
 * @param lost     those without a delivery when measured
 * @param sortedMs the latencies of the others, ascending
 */
record EventLatencies(int events, int lost, List<Double> sortedMs) {

    static EventLatencies of(Map<String, Instant> committed, Map<String, Instant> delivered) {
        List<Double> latencies = new ArrayList<>();
        int lost = 0;
        for (Map.Entry<String, Instant> event : committed.entrySet()) {
            Instant at = delivered.get(event.getKey());
            if (at == null) {
                lost++;
            } else {
                latencies.add(Duration.between(event.getValue(), at).toNanos() / 1_000_000.0);
            }
        }
        Collections.sort(latencies);
        return new EventLatencies(committed.size(), lost, List.copyOf(latencies));
    }

    /** Nearest-rank percentile; NaN when nothing was delivered. */
    double percentile(int p) {
        if (sortedMs.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMs.size()) - 1;
        return sortedMs.get(Math.max(0, Math.min(index, sortedMs.size() - 1)));
    }
}
