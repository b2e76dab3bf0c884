package fr.cls.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one Gatling run measured, read from its HTML report's {@code js/stats.json} (all requests together): the
 * percentiles are Gatling's defaults (50, 75, 95, 99), the rate its mean requests a second over the run.
 */
record GatlingStats(long requests, long errors, double perSecond, double p50, double p95, double p99) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static GatlingStats parse(String statsJson) {
        try {
            JsonNode stats = JSON.readTree(statsJson).path("stats");
            if (stats.isMissingNode()) {
                throw new IllegalArgumentException("not a Gatling stats.json: no \"stats\"");
            }
            return new GatlingStats(stats.path("numberOfRequests").path("total").asLong(),
                    stats.path("numberOfRequests").path("ko").asLong(),
                    number(stats.path("meanNumberOfRequestsPerSecond").path("total")),
                    number(stats.path("percentiles1").path("total")),
                    number(stats.path("percentiles3").path("total")),
                    number(stats.path("percentiles4").path("total")));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The newest report of a simulation under Gatling's results folder ({@code <simulation>-<timestamp>/}). */
    static GatlingStats latest(Path resultsFolder, String simulationPrefix) {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            Path run = runs.filter(p -> p.getFileName().toString().startsWith(simulationPrefix + "-"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report for " + simulationPrefix + " in " + resultsFolder));
            return parse(Files.readString(run.resolve("js/stats.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean ok() {
        return requests > 0 && errors == 0;
    }

    /** Gatling writes "-" where a figure has no value (no request of that kind). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : node.isTextual() && !node.asText().equals("-") ? Double.parseDouble(node.asText()) : 0;
    }
}
