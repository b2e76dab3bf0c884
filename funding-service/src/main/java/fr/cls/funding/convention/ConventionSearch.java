package fr.cls.funding.convention;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.platform.listing.IdPage;

/** The filtered, sorted page of conventions in SQL, then the page's conventions loaded in that order. */
@Component
class ConventionSearch {

    private final JdbcTemplate jdbc;
    private final ConventionRepository conventions;

    ConventionSearch(JdbcTemplate jdbc, ConventionRepository conventions) {
        this.jdbc = jdbc;
        this.conventions = conventions;
    }

    /** @param reach the conventions the caller may see, as SQL on {@code v}, with its arguments */
    Page<Convention> page(String reach, List<Object> reachArgs, ConventionFilter filter, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String from = "from convention v where " + reach + filter.sql(args);
        return IdPage.of(jdbc, "v.id", from, args, ConventionFilter.orderBy(sort), page, size, conventions::findAllById,
                Convention::id);
    }
}
