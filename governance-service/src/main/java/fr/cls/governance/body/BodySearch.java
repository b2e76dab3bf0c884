package fr.cls.governance.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The filtered, sorted page of bodies in SQL, then the page's bodies loaded as aggregates in that order. */
@Component
class BodySearch {

    private final JdbcTemplate jdbc;
    private final BodyRepository repository;

    BodySearch(JdbcTemplate jdbc, BodyRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** @param reach the bodies the caller may see, as SQL on {@code b}, with its arguments */
    Page<Body> page(String reach, List<Object> reachArgs, BodyFilter filter, LocalDate today, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from governance_body b where " + reach + filter.sql(args, today);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select b.id" + where + BodyFilter.orderBy(sort) + " limit ? offset ?", UUID.class,
                pageArgs.toArray());
        Map<UUID, Integer> rank = new HashMap<>();
        ids.forEach(id -> rank.put(id, rank.size()));
        List<Body> found = repository.findAllById(ids).stream()
                .sorted(Comparator.comparing((Body b) -> rank.get(b.id().value()))).toList();
        found.forEach(Body::members);
        return new PageImpl<>(found, PageRequest.of(page, size), total == null ? 0 : total);
    }
}
