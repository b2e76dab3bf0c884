package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsToTheShortRunWithoutSoak() {
        Options options = Options.parse(new String[0], Path.of("out"));

        assertThat(options).isEqualTo(new Options(Duration.ofSeconds(30), 8, false, 1000, Duration.ofMinutes(10), Path.of("out"), null,
                Duration.ofSeconds(60)));
    }

    @Test
    void readsEveryOption() {
        Options options = Options.parse(new String[] { "--step-seconds", "60", "--concurrency", "16", "--soak", "--soak-rate", "200",
                "--soak-minutes", "3", "--output", "/tmp/b", "--compare-gateway", "g.jar", "--warm-up-seconds", "0" }, Path.of("out"));

        assertThat(options).isEqualTo(new Options(Duration.ofSeconds(60), 16, true, 200, Duration.ofMinutes(3), Path.of("/tmp/b"), Path.of("g.jar"),
                Duration.ZERO));
    }

    @Test
    void refusesAnUnknownOptionWithTheUsage() {
        assertThatThrownBy(() -> Options.parse(new String[] { "--fast" }, Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --fast").hasMessageContaining("usage:");
    }

    @Test
    void refusesAMissingOrNonNumericValue() {
        assertThatThrownBy(() -> Options.parse(new String[] { "--concurrency" }, Path.of("out")))
                .hasMessageContaining("--concurrency needs a value");
        assertThatThrownBy(() -> Options.parse(new String[] { "--soak-rate", "fast" }, Path.of("out")))
                .hasMessageContaining("--soak-rate takes a whole number, not fast");
    }

    @Test
    void refusesAZeroLengthStep() {
        assertThatThrownBy(() -> Options.parse(new String[] { "--step-seconds", "0" }, Path.of("out")))
                .hasMessageContaining("must be positive");
    }
}
