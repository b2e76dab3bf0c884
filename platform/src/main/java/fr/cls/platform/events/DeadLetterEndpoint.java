package fr.cls.platform.events;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/** Operator's view of the dead letters: {@code GET /actuator/deadletters}, {@code POST /actuator/deadletters {"topic": ...}}. */
@Endpoint(id = "deadletters")
class DeadLetterEndpoint {

    private final DeadLetterReplayer replayer;

    DeadLetterEndpoint(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @ReadOperation
    Map<String, Long> waiting() {
        return replayer.waiting();
    }

    /** An unknown topic is the operator's mistake: actuator answers it 400, rendered as problem+json. */
    @WriteOperation
    DeadLetterReplayer.Replay replay(String topic) {
        try {
            return replayer.replay(topic);
        } catch (UnknownDeadLetterTopicException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), e.getMessage());
        }
    }
}
