package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingStatsTest {

    static final String STATS = """
            {"type":"GROUP","name":"All Requests","path":"","pathFormatted":"group_missing-name--1146707516",
             "stats":{"name":"All Requests",
              "numberOfRequests":{"total":12000,"ok":11990,"ko":10},
              "minResponseTime":{"total":1,"ok":1,"ko":2},
              "maxResponseTime":{"total":95,"ok":95,"ko":40},
              "meanResponseTime":{"total":4,"ok":4,"ko":9},
              "percentiles1":{"total":3,"ok":3,"ko":7},
              "percentiles2":{"total":5,"ok":5,"ko":9},
              "percentiles3":{"total":12,"ok":12,"ko":30},
              "percentiles4":{"total":27,"ok":27,"ko":39},
              "meanNumberOfRequestsPerSecond":{"total":400.0,"ok":399.67,"ko":0.33}},
             "contents":{}}
            """;

    @Test
    void readsCountsRateAndPercentilesOfAllRequests() {
        assertThat(GatlingStats.parse(STATS)).isEqualTo(new GatlingStats(12000, 10, 400.0, 3, 12, 27));
    }

    @Test
    void aRunWithErrorsOrNoRequestIsNotOk() {
        assertThat(GatlingStats.parse(STATS).ok()).isFalse();
        assertThat(new GatlingStats(0, 0, 0, 0, 0, 0).ok()).isFalse();
        assertThat(new GatlingStats(10, 0, 5, 1, 2, 3).ok()).isTrue();
    }

    @Test
    void readsTheDashGatlingPrintsForAFigureWithoutValueAsZero() {
        String noKo = STATS.replace("\"ko\":0.33", "\"ko\":\"-\"").replace("\"total\":400.0", "\"total\":\"-\"");

        assertThat(GatlingStats.parse(noKo).perSecond()).isZero();
    }

    @Test
    void refusesWhatIsNotAStatsFile() {
        assertThatThrownBy(() -> GatlingStats.parse("{\"other\":1}")).hasMessageContaining("not a Gatling stats.json");
        assertThatThrownBy(() -> GatlingStats.parse("<html>")).hasMessageContaining("not JSON");
    }

    @Test
    void findsTheNewestReportOfASimulation(@TempDir Path results) throws IOException {
        write(results.resolve("getcontractsimulation-20261207052000000/js/stats.json"), STATS.replace("12000", "1"));
        write(results.resolve("getcontractsimulation-20261207053000000/js/stats.json"), STATS);
        write(results.resolve("createcontractsimulation-20261207054000000/js/stats.json"), STATS.replace("12000", "3"));

        assertThat(GatlingStats.latest(results, "getcontractsimulation").requests()).isEqualTo(12000);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
