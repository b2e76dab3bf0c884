package fr.cls.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+33 1 23", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd",
            "=1+1", "-", "- 12"})
    void textThatASpreadsheetWouldRunIsPrefixedWithAnApostrophe(String text) {
        String cell = CsvFormat.SEMICOLON.field(text);
        assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
    }

    @Test
    void numbersAndNumericTextStayReadable() {
        assertThat(CsvFormat.COMMA.field(-12)).isEqualTo("-12");
        assertThat(CsvFormat.COMMA.field(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(CsvFormat.SEMICOLON.field("-12,50")).isEqualTo("-12,50");
        assertThat(CsvFormat.COMMA.field("-12,50")).isEqualTo("\"-12,50\"");
        assertThat(CsvFormat.COMMA.field("CLS de Die")).isEqualTo("CLS de Die");
    }

    @Test
    void aLineQuotesWhatHoldsTheSeparatorAQuoteOrALineBreak() {
        assertThat(CsvFormat.COMMA.line("a,b", "say \"hi\"", "two\nlines", null, 3))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3\r\n");
        assertThat(CsvFormat.SEMICOLON.line("=cmd;x", "a,b")).isEqualTo("\"'=cmd;x\";a,b\r\n");
    }
}
