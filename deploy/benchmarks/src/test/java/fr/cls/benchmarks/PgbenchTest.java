package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchTest {

    @Test
    void readsTheTransactionsASecondWithoutConnectionTime() {
        String output = """
                transaction type: /tmp/single-row-insert.sql
                scaling factor: 1
                query mode: simple
                number of clients: 8
                number of threads: 2
                duration: 30 s
                number of transactions actually processed: 123456
                number of failed transactions: 0 (0.000%)
                latency average = 1.944 ms
                initial connection time = 21.337 ms
                tps = 4115.210873 (without initial connection time)
                """;

        assertThat(Pgbench.tps(output)).isEqualTo(4115.210873);
    }

    @Test
    void refusesAnOutputWithoutTheTpsLine() {
        assertThatThrownBy(() -> Pgbench.tps("pgbench: error: connection refused")).hasMessageContaining("no tps line");
    }
}
