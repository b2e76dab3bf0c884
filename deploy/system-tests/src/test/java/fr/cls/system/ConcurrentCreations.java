package fr.cls.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cls.platform.test.HttpTestClient;

/**
 * Contract creations through the gateway from a few client threads, each with its own Idempotency-Key, sent again
 * with the same key until it is answered 201 (or 410: carried out, its answer lost with a killed instance): after a 409 (the key's first request still running), a 5xx or a
 * lost connection, as a real client would; after a 429 (the tenant's rate limit) it waits as long as Retry-After says. Any other answer is a failure. Shared by the system tests that break
 * something (a broker, a service instance) in the middle of the run.
 */
final class ConcurrentCreations {

    /** Per creation, how long the client keeps trying; well above the idempotency claim's take-over time. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final HttpTestClient agent;
    private final String label;
    private final int creations;
    private final int clients;
    private final Map<String, String> contracts = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Set<String> retriedKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> lostAnswers = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> retryCauses = new ConcurrentHashMap<>();
    private final AtomicInteger replayed = new AtomicInteger();
    private final List<Future<?>> work = new ArrayList<>();
    private ExecutorService executor;
    private long started;

    /** @param label makes the titles and keys of this run recognisable: "CLS n°42 (label)" */
    ConcurrentCreations(HttpTestClient agent, String label, int creations, int clients) {
        this.agent = agent;
        this.label = label;
        this.creations = creations;
        this.clients = clients;
    }

    ConcurrentCreations start() {
        started = System.nanoTime();
        executor = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            work.add(executor.submit(() -> {
                for (int n = first; n < creations; n += clients) {
                    String key = label.replaceAll("[^A-Za-z0-9]", "-") + "-" + n + "-" + UUID.randomUUID();
                    titles.put(key, title(n));
                    HttpTestClient.Response created = createWithRetries(key, title(n));
                    if (created.status() == 410) {
                        lostAnswers.add(key);
                        contracts.put(key, initiatedContract(created));
                        continue;
                    }
                    if (created.header("Idempotent-Replayed") != null) {
                        replayed.incrementAndGet();
                    }
                    contracts.put(key, created.json().get("id").asString());
                }
                return null;
            }));
        }
        return this;
    }

    String title(int n) {
        return "CLS n°" + n + " (" + label + ")";
    }

    /** How many creations have been answered 201 so far. */
    int answered() {
        return contracts.size();
    }

    /** Waits for every client; a creation never answered fails with its key and last answer. */
    Result finish(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> failures = new ArrayList<>();
        for (Future<?> client : work) {
            try {
                client.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failures.add(String.valueOf(e.getCause().getMessage()));
            } catch (TimeoutException e) {
                failures.add("a client still running after " + timeout.toSeconds() + " s");
            }
        }
        executor.shutdownNow();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + clients + " clients failed (" + answered() + " of " + creations
                    + " creations answered): " + failures);
        }
        Map<String, Integer> causes = new TreeMap<>();
        retryCauses.forEach((cause, count) -> causes.put(cause, count.get()));
        return new Result(Map.copyOf(contracts), Map.copyOf(titles), Set.copyOf(retriedKeys), Set.copyOf(lostAnswers), causes,
                replayed.get(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** The same Idempotency-Key until a 201: a refused or lost attempt never creates a second contract. */
    private HttpTestClient.Response createWithRetries(String key, String title) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            String cause;
            try {
                HttpTestClient.Response response = agent.with("Idempotency-Key", key)
                        .post("/api/v1/contracts", Map.of("kind", "CLS", "title", title));
                if (response.status() == 201) {
                    return response;
                }
                if (response.status() == 410) {
                    // Carried out by an instance killed between its commit and its answer: not run again; the
                    // problem names the contract it created.
                    return response;
                }
                if (response.status() == 429) {
                    // The tenant's rate limit, answered by the gateway before any service saw the key: not a retry of
                    // the key's work, only a wait for as long as Retry-After says.
                    retryCauses.computeIfAbsent("429", c -> new AtomicInteger()).incrementAndGet();
                    Thread.sleep(retryAfterMillis(response));
                    continue;
                }
                if (response.status() != 409 && response.status() < 500) {
                    throw new AssertionError("creation " + key + " refused: " + response.status() + " " + response.body());
                }
                cause = Integer.toString(response.status());
                last = response.status() + " " + response.body();
            } catch (IllegalStateException e) {
                cause = "connection";
                last = e.getMessage();
            }
            retriedKeys.add(key);
            retryCauses.computeIfAbsent(cause, c -> new AtomicInteger()).incrementAndGet();
            // A client's pause between attempts (the gateway's and the 409's Retry-After are longer; this keeps the test short).
            Thread.sleep(200);
        }
        throw new AssertionError("creation " + key + " never answered 201 in " + PATIENCE.toMinutes() + " min; last: " + last);
    }

    /** The contract a lost answer's request created: its changes, from the audit trail. */
    static String initiatedContract(HttpTestClient.Response lost) {
        for (var change : lost.json().get("changes")) {
            if ("contract.initiate".equals(change.get("action").asString())) {
                return change.get("resourceId").asString();
            }
        }
        throw new AssertionError("a lost answer without the contract it created: " + lost.body());
    }

    private static long retryAfterMillis(HttpTestClient.Response response) {
        String seconds = response.header("Retry-After");
        try {
            return seconds == null ? 1_000 : Math.max(1, Long.parseLong(seconds.trim())) * 1_000;
        } catch (NumberFormatException e) {
            return 1_000;
        }
    }

    /**
     * @param contracts Idempotency-Key to the created contract's id
     * @param titles Idempotency-Key to the title sent with it
     * @param retriedKeys the keys sent more than once
     * @param lostAnswers the keys answered 410: carried out by an instance killed before it answered (their contract
     *        is taken from the problem's changes)
     * @param retryCauses why attempts were sent again: a status, or "connection"
     * @param replayed answers marked Idempotent-Replayed (a retry whose first attempt had run)
     */
    record Result(Map<String, String> contracts, Map<String, String> titles, Set<String> retriedKeys,
            Set<String> lostAnswers, Map<String, Integer> retryCauses, int replayed, long millis) {

        int retries() {
            return retryCauses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
