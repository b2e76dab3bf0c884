package fr.cls.platform.testapp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The trace id the note listener's handler ran in, by note text: what a test asserts a consumer continued. */
public class HandlerTraces {

    private final Map<String, String> traceIds = new ConcurrentHashMap<>();

    void record(String text, String traceId) {
        if (traceId != null) {
            traceIds.put(text, traceId);
        }
    }

    public Optional<String> traceIdOf(String text) {
        return Optional.ofNullable(traceIds.get(text));
    }
}
