package fr.cls.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cls.benchmarks.simulations.BadInputSimulation;
import fr.cls.benchmarks.simulations.CreateContractSimulation;
import fr.cls.benchmarks.simulations.FileFundingRequestSimulation;
import fr.cls.benchmarks.simulations.GetContractSimulation;
import fr.cls.benchmarks.simulations.Load;
import fr.cls.deploy.Service;
import io.gatling.shared.cli.GatlingCliOptions;

import static fr.cls.benchmarks.SummaryTable.millis;
import static fr.cls.benchmarks.SummaryTable.percent;
import static fr.cls.benchmarks.SummaryTable.perSecond;
import static fr.cls.benchmarks.SummaryTable.ratio;
import static fr.cls.benchmarks.SummaryTable.times;

/**
 * {@code deploy/benchmarks/run.sh}: starts a stack of its own, measures each row of the performance issue's table
 * side by side in one run, prints the table and writes it to {@code summary.md} beside the Gatling reports. A
 * benchmark, not a test: it fails only when the stack cannot start or a step cannot run, never on a number.
 */
public final class BenchmarkSuite {

    private static final String INITIATED = "cls.contract.initiated.v1";
    private static final int FUNDING_CONTRACTS = 4;
    private static final ConsoleCopy CONSOLE = new ConsoleCopy(System.out);

    private final Options options;
    private final Path gatlingResults;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private BenchmarkSuite(Options options) {
        this.options = options;
        this.gatlingResults = options.output().resolve("gatling");
    }

    public static void main(String[] args) throws Exception {
        // Gatling prints its summary on the console (Scala's Console.out, bound to System.out when first used).
        System.setOut(new java.io.PrintStream(CONSOLE, true, java.nio.charset.StandardCharsets.UTF_8));
        Path root = Path.of(System.getProperty("cls.repo.root", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, root.resolve("deploy/benchmarks/target/benchmarks"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String summary = new BenchmarkSuite(options).run(root);
        System.out.println("\n" + summary);
        System.out.println("Written to " + options.output().resolve("summary.md") + "; Gatling reports in "
                + options.output().resolve("gatling") + " (index.html of each run).");
        System.exit(0);
    }

    private String run(Path root) throws Exception {
        Files.createDirectories(gatlingResults);
        String startedAt = ZonedDateTime.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // Read now: the summary is written after the run, when the run's own load is in the figure.
        String loadBefore = loadAverage();
        long begin = System.nanoTime();
        try (BenchStack stack = BenchStack.start(root, options.output().resolve("stack-logs"))) {
            Duration coldStart = Duration.ofNanos(System.nanoTime() - begin);
            rows.add(Row.of("Local stack cold start until all healthy", coldStart.toSeconds() + " s", "≤ 45 s",
                    coldStart.toSeconds() <= 45));
            try {
                idleMemory(stack);
                measure(stack);
            } catch (Exception | AssertionError e) {
                // What was measured is still worth the table.
                e.printStackTrace();
                notes.add("- The run stopped early: " + e);
            }
        }
        String summary = SummaryTable.markdown("Benchmark suite, " + startedAt, context(startedAt, loadBefore), rows)
                + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
        Files.writeString(options.output().resolve("summary.md"), summary);
        return summary;
    }

    private List<String> context(String startedAt, String loadBefore) {
        Runtime runtime = Runtime.getRuntime();
        return List.of("Started " + startedAt + "; " + runtime.availableProcessors() + " cores; load average before the run: "
                        + loadBefore + "; JDK " + Runtime.version() + "; services' JVM options: "
                        + System.getenv().getOrDefault("CLS_JAVA_OPTS", "(launcher default)"),
                "Each step " + options.step().toSeconds() + " s; closed-model steps with " + options.concurrency()
                        + " users; command: deploy/benchmarks/run.sh " + String.join(" ", argsOf(options)));
    }

    private void measure(BenchStack stack) throws Exception {
        String paca = stack.token("agent.paca");
        String contract = stack.call(paca, "POST", "/api/v1/contracts",
                Map.of("kind", "CLS", "title", "CLS lu par le benchmark"), 201).get("id").asText();
        String gateway = stack.settings().gatewayUrl();
        String direct = stack.settings().serviceUrl(Service.CONTRACT);
        warmUp(paca, List.of(gateway + "/api/v1/contracts/" + contract, direct + "/api/v1/contracts/" + contract));

        GatlingStats directGet = gatling(GetContractSimulation.class, "get-direct", Map.of(Load.BASE_URL, direct,
                Load.TOKEN, paca, Load.CONTRACT_ID, contract));
        GatlingStats gatewayGet = gatling(GetContractSimulation.class, "get-gateway", Map.of(Load.BASE_URL, gateway,
                Load.TOKEN, paca, Load.CONTRACT_ID, contract));
        if (options.candidateGateway() != null) {
            String candidate = stack.startCandidateGateway(options.candidateGateway(), options.output().resolve("stack-logs"));
            warmUp(paca, List.of(candidate + "/api/v1/contracts/" + contract));
            GatlingStats candidateGet = gatling(GetContractSimulation.class, "get-candidate-gateway", Map.of(Load.BASE_URL, candidate,
                    Load.TOKEN, paca, Load.CONTRACT_ID, contract));
            // The stack's own gateway again, right after: the machine's state drifts within a run.
            GatlingStats gatewayAgain = gatling(GetContractSimulation.class, "get-gateway-again", Map.of(Load.BASE_URL, gateway,
                    Load.TOKEN, paca, Load.CONTRACT_ID, contract));
            rows.add(new Row("GET one contract, candidate gateway (" + options.candidateGateway().getFileName() + ") vs the stack's: "
                    + "throughput, p50", perSecond(candidateGet.perSecond()) + " vs " + perSecond(gatewayGet.perSecond()) + " then "
                    + perSecond(gatewayAgain.perSecond()) + "; p50 " + millis(candidateGet.p50()) + " vs " + millis(gatewayGet.p50())
                    + " then " + millis(gatewayAgain.p50()) + "; candidate/direct " + percent(ratio(candidateGet.perSecond(), directGet.perSecond())),
                    "–", null));
        }
        double throughput = ratio(gatewayGet.perSecond(), directGet.perSecond());
        double p50 = ratio(gatewayGet.p50(), directGet.p50());
        rows.add(Row.of("GET one contract, gateway vs direct: throughput", perSecond(gatewayGet.perSecond()) + " vs "
                + perSecond(directGet.perSecond()) + " = " + percent(throughput), "≥ 65 %", throughput >= 0.65 && both(gatewayGet, directGet)));
        rows.add(Row.of("GET one contract, gateway vs direct: p50", millis(gatewayGet.p50()) + " vs " + millis(directGet.p50())
                + " = " + times(p50), "≤ 1.6×", p50 <= 1.6 && both(gatewayGet, directGet)));

        warmUpCreations(stack, gateway, paca);
        Map<String, Long> cpuBefore = ProcessCpu.snapshot(stack.pids());
        GatlingStats creations = gatling(CreateContractSimulation.class, "create-max", Map.of(Load.BASE_URL, gateway, Load.TOKEN, paca));
        cpuPerCreation(stack, cpuBefore, creations.requests());
        rows.add(Row.of("Creating a contract through the gateway (max rate, p99)", perSecond(creations.perSecond()) + ", p99 "
                + millis(creations.p99()) + errors(creations), "≥ 1,000/s, p99 ≤ 50 ms",
                creations.ok() && creations.perSecond() >= 1000 && creations.p99() <= 50));
        double pgbench = Pgbench.run(stack.settings(), options.concurrency(), options.step(), options.output().resolve("pgbench"));
        double share = ratio(creations.perSecond(), pgbench);
        rows.add(Row.of("Creations vs pgbench single-row inserts, same PostgreSQL, same clients", perSecond(creations.perSecond())
                + " vs " + perSecond(pgbench) + " = " + percent(share), "≥ 10 %", share >= 0.10));

        funding(stack);
        eventLatency(stack, paca, creations.perSecond());
        badInput(stack, paca);
        if (options.soak()) {
            soak(stack, paca);
        }
        busyMemory(stack);
    }

    private void funding(BenchStack stack) throws Exception {
        String agent = stack.token("agent.bretagne");
        String director = stack.token("approver.bretagne");
        int year = ZonedDateTime.now(ZoneId.of("Europe/Paris")).getYear();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < FUNDING_CONTRACTS; i++) {
            String id = stack.call(agent, "POST", "/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Saint-Brieuc " + i), 201)
                    .get("id").asText();
            String c = "/api/v1/contracts/" + id;
            stack.call(agent, "POST", c + "/framing", Map.of(), 200);
            stack.call(director, "POST", c + "/agreement", Map.of("diagnosticMode", "ORS"), 200);
            stack.call(agent, "POST", c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true), 200);
            stack.call(agent, "POST", c + "/territory", Map.of("epci", List.of("200069409")), 200);
            ids.add(id);
        }
        // The contracts' profiles reach funding-service by event: a simulation answers 200 once each is there.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (String id : ids) {
            Map<String, Object> simulation = Map.of("contractId", id, "amountsByYear", Map.of(year, 40_000), "ownShareByYear", Map.of(year, 20_000));
            while (stack.status(agent, "/api/v1/funding/simulations", simulation) != 200) {
                if (System.nanoTime() > deadline) {
                    rows.add(Row.notMeasured("Filing a funding request", "≥ 300/s, p99 ≤ 100 ms", "the contracts never reached funding-service"));
                    return;
                }
                Thread.sleep(200);
            }
        }
        GatlingStats filings = gatling(FileFundingRequestSimulation.class, "file-funding", Map.of(Load.BASE_URL,
                stack.settings().gatewayUrl(), Load.TOKEN, agent, Load.CONTRACT_IDS, String.join(",", ids)));
        rows.add(Row.of("Filing a funding request (max rate, p99)", perSecond(filings.perSecond()) + ", p99 " + millis(filings.p99())
                + errors(filings), "≥ 300/s, p99 ≤ 100 ms", filings.ok() && filings.perSecond() >= 300 && filings.p99() <= 100));
    }

    /** Creations at half the maximum rate measured, then each event from its outbox commit to its LOG delivery. */
    private void eventLatency(BenchStack stack, String paca, double maxRate) throws Exception {
        int rate = Math.max(1, (int) Math.round(maxRate / 2));
        Instant from = databaseNow(stack);
        GatlingStats load = gatling(CreateContractSimulation.class, "create-half-rate", Map.of(Load.BASE_URL,
                stack.settings().gatewayUrl(), Load.TOKEN, paca, Load.RATE, Integer.toString(rate)));
        EventLatencies latencies = settle(stack, from, Duration.ofSeconds(60));
        rows.add(Row.of("Event end to end, outbox commit → LOG delivery recorded, at " + rate + " creations/s",
                "p50 " + millis(latencies.percentile(50)) + ", p99 " + millis(latencies.percentile(99)) + " (" + latencies.events()
                        + " events, " + latencies.lost() + " lost" + errors(load) + ")", "p99 ≤ 100 ms",
                latencies.lost() == 0 && latencies.percentile(99) <= 100));
    }

    private void badInput(BenchStack stack, String paca) throws Exception {
        long before = outboxRows(stack);
        GatlingStats bad = gatling(BadInputSimulation.class, "bad-input", Map.of(Load.BASE_URL, stack.settings().gatewayUrl(), Load.TOKEN, paca));
        long written = outboxRows(stack) - before;
        rows.add(Row.of("Bad input under load: 4xx problem+json, nothing written", bad.requests() + " requests, " + bad.errors()
                + " not 4xx problem+json, " + written + " events written", "all 4xx problem+json, 0 written",
                bad.requests() > 0 && bad.errors() == 0 && written == 0));
    }

    private void soak(BenchStack stack, String paca) throws Exception {
        // A fresh token: the issuer's last 15 minutes.
        String token = stack.token("agent.paca");
        Instant from = databaseNow(stack);
        Map<String, String> properties = new HashMap<>(Map.of(Load.BASE_URL, stack.settings().gatewayUrl(), Load.TOKEN, token,
                Load.RATE, Integer.toString(options.soakRate())));
        properties.put(Load.SECONDS, Long.toString(options.soakLength().toSeconds()));
        GatlingStats soak = gatling(CreateContractSimulation.class, "soak", properties);
        EventLatencies events = settle(stack, from, Duration.ofMinutes(2));
        long pending = pendingOutbox(stack);
        rows.add(Row.of("Soak: " + options.soakLength().toMinutes() + " min at " + options.soakRate() + " creations/s",
                soak.requests() + " requests (" + perSecond(soak.perSecond()) + "), " + soak.errors() + " errors, " + events.lost()
                        + " lost events, outbox " + pending + " pending, p99 " + millis(soak.p99()),
                "0 errors, 0 lost, outbox empty", soak.ok() && events.lost() == 0 && pending == 0));
    }

    private void idleMemory(BenchStack stack) throws Exception {
        Thread.sleep(Duration.ofSeconds(20).toMillis()); // idle means after start-up's own work has settled
        Map<String, Long> rss = rss(stack);
        StringBuilder measured = new StringBuilder();
        boolean met = true;
        for (Map.Entry<String, Long> process : rss.entrySet()) {
            measured.append(measured.isEmpty() ? "" : ", ").append(process.getKey()).append(' ').append(process.getValue());
            met &= !isService(process.getKey()) || process.getValue() <= 250;
        }
        rows.add(Row.of("Resident memory at idle, MiB (VmRSS, 20 s after all healthy)", measured.toString(),
                "≤ 250 MiB per service", met));
    }

    private void busyMemory(BenchStack stack) throws IOException {
        StringBuilder measured = new StringBuilder();
        rss(stack).forEach((name, mib) -> measured.append(measured.isEmpty() ? "" : ", ").append(name).append(' ').append(mib));
        rows.add(new Row("Resident memory after the run, MiB", measured.toString(), "–", null));
    }

    private static boolean isService(String name) {
        return name.endsWith("-service") || name.equals("gateway");
    }

    private static Map<String, Long> rss(BenchStack stack) throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Map.Entry<String, Long> pid : stack.pids().entrySet()) {
            rss.put(pid.getKey(), ProcessMemory.rssMib(pid.getValue()));
        }
        return rss;
    }

    /** Waits until the outbox is empty and every initiated event since {@code from} is delivered, or the limit. */
    private EventLatencies settle(BenchStack stack, Instant from, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            EventLatencies latencies = EventLatencies.of(committed(stack, from), delivered(stack, from));
            if ((latencies.lost() == 0 && pendingOutbox(stack) == 0) || System.nanoTime() > deadline) {
                return latencies;
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, Instant> committed(BenchStack stack, Instant from) throws SQLException {
        return instants(stack, Service.CONTRACT, "select event_id::text, created_at from outbox_event where event_type = ? and created_at >= ?", from);
    }

    private static Map<String, Instant> delivered(BenchStack stack, Instant from) throws SQLException {
        return instants(stack, Service.NOTIFICATION, "select event_id::text, min(recorded_at) from delivery where event_type = ?"
                + " and channel = 'LOG' and recorded_at >= ? group by event_id", from);
    }

    private static Map<String, Instant> instants(BenchStack stack, Service service, String sql, Instant from) throws SQLException {
        Map<String, Instant> instants = new HashMap<>();
        try (Connection c = stack.database(service); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, INITIATED);
            st.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    instants.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return instants;
    }

    private static Instant databaseNow(BenchStack stack) throws SQLException {
        try (Connection c = stack.database(Service.CONTRACT); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static long pendingOutbox(BenchStack stack) throws SQLException {
        return count(stack, Service.CONTRACT, "select count(*) from outbox_event where published_at is null")
                + count(stack, Service.FUNDING, "select count(*) from outbox_event where published_at is null");
    }

    private static long outboxRows(BenchStack stack) throws SQLException {
        return count(stack, Service.CONTRACT, "select count(*) from outbox_event")
                + count(stack, Service.FUNDING, "select count(*) from outbox_event");
    }

    private static long count(BenchStack stack, Service service, String sql) throws SQLException {
        try (Connection c = stack.database(service); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A few seconds of single-threaded GETs on each URL, so neither side of the comparison pays the JIT's warm-up. */
    private void warmUp(String token, List<String> urls) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String url : urls) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                http.send(get, HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /**
     * Creations at full speed for {@code --warm-up-seconds}, not measured, until every consumer has had its share:
     * the gateway, contract-service and the event consumers run their steady state in the measured step, not their
     * JIT compiler's first minutes (a cold stack measured 38 creations/s, the same stack warm 140/s).
     */
    private void warmUpCreations(BenchStack stack, String gateway, String paca) throws Exception {
        if (options.warmUp().isZero()) {
            return;
        }
        gatling(CreateContractSimulation.class, "create-warm-up", Map.of(Load.BASE_URL, gateway, Load.TOKEN, paca), options.warmUp());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (pendingOutbox(stack) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        notes.add("- The creation step follows " + options.warmUp().toSeconds() + " s of creations at full speed that are not measured"
                + " (the JIT's warm-up), once contract-service's outbox was empty again.");
    }

    /**
     * What one creation costs the whole stack in CPU, its events' consumers included: every process's CPU time from
     * the creation step's start until the stack is idle again (under 0.2 s of CPU in 2 s), divided by the creations.
     * The load generator (this JVM) is left out, so the figure holds whatever drives the load.
     */
    private void cpuPerCreation(BenchStack stack, Map<String, Long> before, long creations) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long previous = ProcessCpu.total(ProcessCpu.snapshot(stack.pids()));
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            long now = ProcessCpu.total(ProcessCpu.snapshot(stack.pids()));
            if (now - previous < ProcessCpu.TICKS_PER_SECOND / 5) {
                break;
            }
            previous = now;
        }
        Map<String, Long> after = ProcessCpu.snapshot(stack.pids());
        StringBuilder parts = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> process : after.entrySet()) {
            long spent = process.getValue() - before.getOrDefault(process.getKey(), process.getValue());
            total += spent;
            if (spent * 1000.0 / ProcessCpu.TICKS_PER_SECOND / creations >= 0.1) {
                parts.append(parts.isEmpty() ? "" : ", ").append(process.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", spent * 1000.0 / ProcessCpu.TICKS_PER_SECOND / creations));
            }
        }
        double millis = total * 1000.0 / ProcessCpu.TICKS_PER_SECOND / Math.max(1, creations);
        int cores = Runtime.getRuntime().availableProcessors();
        rows.add(new Row("CPU per creation, whole stack, its events' consumers included (ms; the load generator left out)",
                String.format(Locale.ROOT, "%.1f ms (%s): at most %.0f creations/s on %d cores", millis, parts,
                        cores * 1000 / Math.max(0.001, millis), cores), "–", null));
    }

    private GatlingStats gatling(Class<?> simulation, String name, Map<String, String> properties) {
        return gatling(simulation, name, properties, options.step());
    }

    private GatlingStats gatling(Class<?> simulation, String name, Map<String, String> properties, Duration length) {
        System.setProperty(Load.USERS, Integer.toString(options.concurrency()));
        System.setProperty(Load.SECONDS, Long.toString(length.toSeconds()));
        System.clearProperty(Load.RATE);
        properties.forEach(System::setProperty);
        System.out.println("== " + name + " (" + simulation.getSimpleName() + ")");
        CONSOLE.clear();
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                GatlingCliOptions.Simulation.longOption(), simulation.getName(),
                GatlingCliOptions.ResultsFolder.longOption(), gatlingResults.toString(),
                GatlingCliOptions.RunDescription.longOption(), name });
        if (status != 0) {
            notes.add("- Gatling ended " + name + " with status " + status + ".");
        }
        return GatlingStats.parse(CONSOLE.text());
    }

    private static boolean both(GatlingStats a, GatlingStats b) {
        return a.ok() && b.ok();
    }

    private static String errors(GatlingStats stats) {
        return stats.errors() == 0 ? "" : ", " + stats.errors() + " errors of " + stats.requests();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<String> argsOf(Options o) {
        List<String> args = new ArrayList<>(List.of("--step-seconds", Long.toString(o.step().toSeconds()), "--concurrency",
                Integer.toString(o.concurrency()), "--warm-up-seconds", Long.toString(o.warmUp().toSeconds())));
        if (o.candidateGateway() != null) {
            args.addAll(List.of("--compare-gateway", o.candidateGateway().toString()));
        }
        if (o.soak()) {
            args.addAll(List.of("--soak", "--soak-rate", Integer.toString(o.soakRate()), "--soak-minutes",
                    Long.toString(o.soakLength().toMinutes())));
        }
        return args;
    }
}
