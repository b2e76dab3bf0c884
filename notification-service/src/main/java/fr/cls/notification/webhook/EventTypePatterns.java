package fr.cls.notification.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Which event types an endpoint wants: exact types, prefixes ending in {@code *} ({@code cls.funding.*}) or {@code *}. */
final class EventTypePatterns {

    private static final Pattern VALID = Pattern.compile("\\*|[a-z0-9][a-z0-9.-]{0,199}\\*?");

    private EventTypePatterns() {
    }

    static String validate(List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            throw new InvalidWebhookException("eventTypes", "event-types-required", "name at least one event type or pattern");
        }
        for (String pattern : patterns) {
            if (pattern == null || !VALID.matcher(pattern).matches()) {
                throw new InvalidWebhookException("eventTypes", "event-type-pattern",
                        "'" + pattern + "' is neither an event type, a prefix ending in * nor *", pattern);
            }
        }
        return String.join(" ", patterns.stream().distinct().toList());
    }

    static List<String> split(String stored) {
        return Arrays.asList(stored.split(" "));
    }

    static boolean matches(String stored, String eventType) {
        return split(stored).stream().anyMatch(pattern -> pattern.endsWith("*")
                ? eventType.startsWith(pattern.substring(0, pattern.length() - 1))
                : eventType.equals(pattern));
    }
}
