package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A cluster id the storage tool takes as the value of -t, never as an option of its own. */
class KafkaClusterIdTest {

    @Test
    void aClusterIdNeverStartsWithADash() {
        IntStream.range(0, 5_000).mapToObj(i -> KafkaBroker.clusterId()).forEach(id -> {
            assertThat(id).hasSize(22).doesNotStartWith("-");
        });
    }
}
