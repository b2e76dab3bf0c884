package fr.cls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void printsOneLinePerFigureWithGoalAndVerdict() {
        String table = SummaryTable.markdown("Run", List.of("2 cores"), List.of(
                Row.of("GET throughput", "700/s vs 1,000/s = 70 %", "≥ 65 %", true),
                Row.of("p50", "3.0 ms vs 1.5 ms = 2.00×", "≤ 1.6×", false),
                Row.notMeasured("Filing", "≥ 300/s", "no contract")));

        assertThat(table).isEqualTo("## Run\n\n"
                + "2 cores  \n\n" // a Markdown line break after each line of context
                + "| Figure | Measured | Goal | |\n|---|---|---|---|\n"
                + "| GET throughput | 700/s vs 1,000/s = 70 % | ≥ 65 % | met |\n"
                + "| p50 | 3.0 ms vs 1.5 ms = 2.00× | ≤ 1.6× | not met |\n"
                + "| Filing | not measured: no contract | ≥ 300/s | – |\n");
    }

    @Test
    void escapesPipesInCells() {
        assertThat(SummaryTable.markdown("t", List.of(), List.of(Row.of("a|b", "1", "2", true))))
                .contains("| a\\|b | 1 | 2 | met |");
    }

    @Test
    void computesRatiosAndPrintsThemWithDotDecimals() {
        assertThat(SummaryTable.ratio(650, 1000)).isEqualTo(0.65);
        assertThat(SummaryTable.percent(SummaryTable.ratio(650, 1000))).isEqualTo("65 %");
        assertThat(SummaryTable.times(SummaryTable.ratio(4.5, 3))).isEqualTo("1.50×");
        assertThat(SummaryTable.perSecond(1234.4)).isEqualTo("1,234/s");
        assertThat(SummaryTable.millis(12.345)).isEqualTo("12.3 ms");
    }

    @Test
    void aRatioOverNothingIsNotANumberAndPrintedAsSuch() {
        assertThat(SummaryTable.ratio(5, 0)).isNaN();
        assertThat(SummaryTable.percent(Double.NaN)).isEqualTo("n/a");
        assertThat(SummaryTable.times(Double.NaN)).isEqualTo("n/a");
    }
}
