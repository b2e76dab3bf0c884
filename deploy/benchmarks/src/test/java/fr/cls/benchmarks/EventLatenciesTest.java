package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventLatenciesTest {

    static final Instant T = Instant.parse("2026-12-07T05:00:00Z");

    @Test
    void measuresEachDeliveredEventFromItsCommitAndCountsTheOthersLost() {
        Map<String, Instant> committed = new LinkedHashMap<>();
        committed.put("a", T);
        committed.put("b", T.plusMillis(10));
        committed.put("c", T.plusMillis(20));
        Map<String, Instant> delivered = Map.of("a", T.plusMillis(30), "b", T.plusMillis(25), "other", T);

        EventLatencies latencies = EventLatencies.of(committed, delivered);

        assertThat(latencies.events()).isEqualTo(3);
        assertThat(latencies.lost()).isEqualTo(1);
        assertThat(latencies.sortedMs()).containsExactly(15.0, 30.0);
    }

    @Test
    void takesNearestRankPercentiles() {
        Map<String, Instant> committed = new LinkedHashMap<>();
        Map<String, Instant> delivered = new LinkedHashMap<>();
        for (int i = 1; i <= 100; i++) {
            committed.put("e" + i, T);
            delivered.put("e" + i, T.plusMillis(i));
        }

        EventLatencies latencies = EventLatencies.of(committed, delivered);

        assertThat(latencies.percentile(50)).isEqualTo(50.0);
        assertThat(latencies.percentile(99)).isEqualTo(99.0);
        assertThat(latencies.percentile(100)).isEqualTo(100.0);
    }

    @Test
    void nothingDeliveredHasNoPercentile() {
        assertThat(EventLatencies.of(Map.of("a", T), Map.of()).percentile(99)).isNaN();
    }
}
