package fr.cls.platform.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ListingTest {

    static final Map<String, String> COLUMNS = Map.of("title", "c.title", "endDate", "c.end_date");

    @Test
    void foldsWhatIsTypedAsTheColumnIsFoldedAndTakesWildcardsLiterally() {
        assertThat(TitleSearch.containing("  Santé MENTALE à Œuvre ")).isEqualTo("%sante mentale a oeuvre%");
        assertThat(TitleSearch.containing("100%_sûr\\")).isEqualTo("%100\\%\\_sur\\\\%");
        assertThat(TitleSearch.condition("c.title")).startsWith("translate(").endsWith(" like ? escape '\\'");
    }

    @Test
    void ordersByTheWhitelistedColumnThenTheTieBreakAndByDefaultWithoutSort() {
        assertThat(ListSort.orderBy("endDate,desc", COLUMNS, "c.created_at desc", "c.id"))
                .isEqualTo(" order by c.end_date desc nulls last, c.id");
        assertThat(ListSort.orderBy(null, COLUMNS, "c.created_at desc", "c.id")).isEqualTo(" order by c.created_at desc, c.id");
    }

    @Test
    void refusesASortThatWasNotValidatedRatherThanWritingItIntoSql() {
        assertThatThrownBy(() -> ListSort.orderBy("title; drop table contract,asc", COLUMNS, "c.id", "c.id"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
