package fr.cls.platform.events;

import java.util.List;

/** The operator named a topic that is not the dead-letter topic of anything this service consumes. */
public class UnknownDeadLetterTopicException extends IllegalArgumentException {

    UnknownDeadLetterTopicException(String topic, List<String> known) {
        super("topic: " + topic + " is not a dead-letter topic of this service; known: " + known);
    }
}
