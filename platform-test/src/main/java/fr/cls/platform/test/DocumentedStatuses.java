package fr.cls.platform.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Every answer a service gave in a test, checked against the service's own OpenAPI document: an operation that
 * answers a status its document does not list fails the test that saw it ({@link UndocumentedStatusCheck}). The
 * answers are recorded by {@link StatusRecorder}, a filter {@link TestInfrastructure} adds to every service under
 * test. Requests the document does not describe (actuator, a method the route lacks) are not checked here.
 */
public final class DocumentedStatuses {

    private static final Queue ANSWERS = new Queue();
    private static final Map<Integer, List<Operation>> DOCUMENTS = new ConcurrentHashMap<>();

    private DocumentedStatuses() {
    }

    /** An answer of the service listening on {@code port}. */
    public record Answer(int port, String method, String path, int status) {
    }

    static void record(Answer answer) {
        ANSWERS.add(answer);
    }

    /** The answers recorded since the last call that their operation's document does not list. */
    public static List<String> undocumentedSinceLastCheck() {
        List<String> undocumented = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Answer answer = ANSWERS.poll(); answer != null; answer = ANSWERS.poll()) {
            Operation operation = operationOf(answer);
            if (operation != null && !operation.lists(answer.status())) {
                String line = answer.method() + " " + operation.template() + " answered " + answer.status()
                        + " (e.g. " + answer.path() + "); its OpenAPI document lists " + operation.statuses();
                if (reported.add(line.substring(0, line.indexOf(" (e.g.")))) {
                    undocumented.add(line);
                }
            }
        }
        return undocumented;
    }

    /** The most specific documented operation for the method and concrete path, or null. */
    static Operation operationOf(Answer answer) {
        return DOCUMENTS.computeIfAbsent(answer.port(), DocumentedStatuses::load).stream()
                .filter(o -> o.method().equals(answer.method()) && o.pattern().matcher(answer.path()).matches())
                .max(Comparator.comparingInt(o -> o.template().replaceAll("\\{[^}]*}", "").length()))
                .orElse(null);
    }

    /** No document (a mock web environment has no port to ask): nothing to check against. */
    private static List<Operation> load(int port) {
        JsonNode paths;
        try {
            paths = new HttpTestClient("http://127.0.0.1:" + port).get("/v3/api-docs").json().path("paths");
        } catch (IllegalStateException | tools.jackson.core.JacksonException e) {
            return List.of();
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            Pattern pattern = Pattern.compile("^" + path.getKey().replaceAll("\\{[^}]*}", "[^/]+")
                    .replace(".", "\\.") + "/?$");
            path.getValue().properties().forEach(method -> {
                Set<String> statuses = new HashSet<>(method.getValue().path("responses").propertyNames());
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), pattern, statuses));
            });
        }
        return operations;
    }

    record Operation(String method, String template, Pattern pattern, Set<String> statuses) {

        boolean lists(int status) {
            return statuses.contains(Integer.toString(status)) || statuses.contains("default")
                    || statuses.contains(status / 100 + "XX");
        }
    }

    /** Unbounded, for answers from every thread of the test JVM. */
    private static final class Queue extends ConcurrentLinkedQueue<Answer> {
        private static final long serialVersionUID = 1L;
    }
}
