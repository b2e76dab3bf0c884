package fr.cls.funding.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
        String where = " from convention v where " + reach + filter.sql(args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select v.id" + where + ConventionFilter.orderBy(sort) + " limit ? offset ?",
                UUID.class, args.toArray());
        Map<UUID, Convention> found = conventions.findAllById(ids).stream()
                .collect(Collectors.toMap(Convention::id, Function.identity()));
        return new PageImpl<>(ids.stream().map(found::get).toList(), PageRequest.of(page, size), total == null ? 0 : total);
    }
}
