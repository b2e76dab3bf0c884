package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.cls.platform.test.HttpTestClient;

/**
 * Baseline figures for docs/benchmarks.md; runs only when asked:
 * {@code ./mvnw verify -pl deploy/system-tests -am -DskipTests -DskipITs=false -Dit.test=EndToEndBenchmark -Dcls.benchmark=true}.
 * Not a test of speed: it measures and writes {@code target/benchmark-results.md}.
 */
@EnabledIfSystemProperty(named = "cls.benchmark", matches = "true")
class EndToEndBenchmark {

    static final int REQUESTS = Integer.getInteger("cls.benchmark.requests", 200);

    @Test
    void measuresColdStartMemoryAndEndToEndLatency() throws Exception {
        long start = System.nanoTime();
        try (RunningStack stack = RunningStack.start()) {
            Duration coldStart = Duration.ofNanos(System.nanoTime() - start);
            Map<String, Long> pids = new LinkedHashMap<>(stack.stack().pids());
            pids.put("kafka", stack.stack().kafka().pid());
            waitQuietly(Duration.ofSeconds(20));
            Map<String, Long> idleRss = rss(pids);

            HttpTestClient paca = stack.gatewayAs("agent.paca");
            for (int i = 0; i < 20; i++) {
                flow(paca, "warm-up " + i);
            }
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                latencies.add(flow(paca, "bench " + i));
            }
            Map<String, Long> busyRss = rss(pids);
            Collections.sort(latencies);
            List<List<Double>> funding = funding(stack);

            StringBuilder report = new StringBuilder();
            report.append("cold start until all healthy: ").append(coldStart.toMillis()).append(" ms\n\n");
            report.append("| process | RSS at idle (MiB) | RSS after the latency run (MiB) |\n|---|---|---|\n");
            idleRss.forEach((name, kib) -> report.append("| ").append(name).append(" | ").append(kib / 1024)
                    .append(" | ").append(busyRss.get(name) / 1024).append(" |\n"));
            report.append("\nend-to-end latency, POST accepted by the gateway → delivery readable through the gateway, ")
                    .append(REQUESTS).append(" sequential requests after 20 warm-up:\n");
            report.append(String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1)));
            report.append(String.format("%nfunding through the gateway, %d sequential calls each after 20 warm-up:%n", REQUESTS));
            report.append(String.format("simulation (every funder's schemes, rule by rule): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                    percentile(funding.get(0), 50), percentile(funding.get(0), 90), percentile(funding.get(0), 99)));
            report.append(String.format("filing a request (rules, audit, outbox): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                    percentile(funding.get(1), 50), percentile(funding.get(1), 90), percentile(funding.get(1), 99)));
            System.out.println(report);
            Path out = Path.of("target/benchmark-results.md");
            Files.writeString(out, report);
            assertThat(latencies).hasSize(REQUESTS);
        }
    }

    /** Sorted latencies (ms) of simulations, then of request filings, on a Bretagne CLS of 154,023 inhabitants. */
    private List<List<Double>> funding(RunningStack stack) {
        HttpTestClient agent = stack.gatewayAs("agent.bretagne");
        HttpTestClient director = stack.gatewayAs("approver.bretagne");
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Saint-Brieuc (benchmark)"))
                .json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of());
        director.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        agent.ifMatch(c).post(c + "/territory", Map.of("epci", List.of("200069409")));
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        Map<String, Object> simulation = Map.of("contractId", id, "amountsByYear", Map.of(year, 40_000), "ownShareByYear", Map.of(year, 20_000));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (agent.post("/api/v1/funding/simulations", simulation).status() != 200 && System.nanoTime() < deadline) {
            waitQuietly(Duration.ofMillis(100)); // the contract's profile is on its way to funding-service
        }
        // Small amounts: the scheme's yearly cap (2 FTE × 25,000) holds across all these requests on one contract.
        Map<String, Object> request = Map.of("contractId", id, "funder", "ars-bretagne", "schemeCode", "ingenierie-territoriale",
                "purpose", "ENGINEERING", "amountsByYear", Map.of(year, 100), "ownShareByYear", Map.of(year, 100));
        return List.of(timed(() -> agent.post("/api/v1/funding/simulations", simulation).status(), 200),
                timed(() -> agent.post("/api/v1/funding/requests", request).status(), 201));
    }

    /** A call answered 429 (the tenant's rate limit, 50/s) is not counted: it is retried after a pause. */
    private static List<Double> timed(java.util.function.IntSupplier call, int expected) {
        List<Double> latencies = new ArrayList<>();
        while (latencies.size() < REQUESTS + 20) {
            long begin = System.nanoTime();
            int status = call.getAsInt();
            double millis = (System.nanoTime() - begin) / 1_000_000.0;
            if (status == 429) {
                waitQuietly(Duration.ofMillis(100));
                continue;
            }
            assertThat(status).isEqualTo(expected);
            latencies.add(millis);
        }
        List<Double> measured = new ArrayList<>(latencies.subList(20, latencies.size()));
        Collections.sort(measured);
        return measured;
    }

    /** Milliseconds from sending the POST to first seeing the delivery (polled every 2 ms). */
    private double flow(HttpTestClient paca, String title) {
        long begin = System.nanoTime();
        HttpTestClient.Response created = paca.post("/api/v1/contracts", Map.of("kind", "CLS", "title", title));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long deadline = begin + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (paca.get("/api/v1/notifications/deliveries?channel=LOG&subject=" + id).json().path("totalItems").asLong() >= 1) {
                return (System.nanoTime() - begin) / 1_000_000.0;
            }
            waitQuietly(Duration.ofMillis(2));
        }
        throw new AssertionError("no delivery for " + id + " within 30 s");
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static Map<String, Long> rss(Map<String, Long> pids) throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            long kib = Files.readAllLines(Path.of("/proc/" + pid.getValue() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
            rss.put(pid.getKey(), kib);
        }
        return rss;
    }

    /** Measurement pacing only, not synchronisation: nothing here waits for an outcome. */
    private static void waitQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
