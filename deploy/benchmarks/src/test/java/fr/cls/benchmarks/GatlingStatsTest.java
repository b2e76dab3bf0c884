package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatlingStatsTest {

    /** As Gatling 3.15 prints it at the end of a run (after its periodic summaries, which have no such block). */
    static final String CONSOLE = """
            Simulation fr.cls.benchmarks.simulations.GetContractSimulation completed in 30 seconds
            Parsing log file(s)...
            Generating reports...

            ========================================================================================================================
            ---- Global Information -------------------------------------------------------------|---Total---|-----OK----|----KO----
            > request count                                                                      |    12,000 |    11,990 |        10
            > min response time (ms)                                                             |         5 |         5 |         7
            > max response time (ms)                                                             |       782 |       782 |        40
            > mean response time (ms)                                                            |       129 |       129 |         9
            > response time std deviation (ms)                                                   |        94 |        94 |         3
            > response time 50th percentile (ms)                                                 |       105 |       105 |         8
            > response time 75th percentile (ms)                                                 |       169 |       169 |         9
            > response time 95th percentile (ms)                                                 |       318 |       318 |        12
            > response time 99th percentile (ms)                                                 |       473 |       473 |        39
            > mean throughput (rps)                                                              |     1,059.8 |   1,059.5 |       0.3
            ---- Response Time Distribution ----------------------------------------------------------------------------------------
            > OK: t < 800 ms                                                                                         11,990   (100%)
            > KO                                                                                                         10     (0%)
            ========================================================================================================================
            """;

    @Test
    void readsCountsRateAndPercentilesOfAllRequests() {
        assertThat(GatlingStats.parse(CONSOLE)).isEqualTo(new GatlingStats(12000, 10, 1059.8, 105, 318, 473));
    }

    @Test
    void readsTheDashOfARunWithoutErrorsAsZero() {
        String noErrors = CONSOLE.replace("|    12,000 |    11,990 |        10", "|    12,000 |    12,000 |         -");

        assertThat(GatlingStats.parse(noErrors).errors()).isZero();
        assertThat(GatlingStats.parse(noErrors).ok()).isTrue();
    }

    @Test
    void takesTheLastSummaryWhenSeveralRunsWerePrinted() {
        String two = CONSOLE.replace("12,000", "1") + CONSOLE;

        assertThat(GatlingStats.parse(two).requests()).isEqualTo(12000);
    }

    @Test
    void aRunWithErrorsOrNoRequestIsNotOk() {
        assertThat(GatlingStats.parse(CONSOLE).ok()).isFalse();
        assertThat(new GatlingStats(0, 0, 0, 0, 0, 0).ok()).isFalse();
    }

    @Test
    void refusesAnOutputWithoutTheSummary() {
        assertThatThrownBy(() -> GatlingStats.parse("Run crashed")).hasMessageContaining("no \"Global Information\"");
        assertThatThrownBy(() -> GatlingStats.parse("---- Global Information ---\n> request count | 1")).hasMessageContaining("request count");
    }
}
