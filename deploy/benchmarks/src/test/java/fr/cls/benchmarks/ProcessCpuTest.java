package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsUserPlusSystemTicksEvenWhenTheCommandHoldsSpacesAndParentheses() {
        String stat = "19879 (java (cls) x) S 19536 19536 19536 0 -1 1077936384 128062 0 12 0 4521 338 0 0 20 0 45 0 3866 "
                + "3204857856 120574 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(4521 + 338);
    }

    @Test
    void thisProcessHasSpentSomeCpuAndTheSnapshotNamesPostgresApart() {
        Map<String, Long> snapshot = ProcessCpu.snapshot(Map.of("me", ProcessHandle.current().pid()));

        assertThat(snapshot.get("me")).isPositive();
        assertThat(snapshot).containsKey("postgres");
    }
}
