package fr.cls.governance.meeting;

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

/** The filtered, sorted page of meetings in SQL, then the page's meetings loaded in that order. */
@Component
class MeetingSearch {

    private final JdbcTemplate jdbc;
    private final MeetingRepository repository;

    MeetingSearch(JdbcTemplate jdbc, MeetingRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** @param reach the bodies the caller may see, as SQL on {@code b}, with its arguments */
    Page<Meeting> page(String reach, List<Object> reachArgs, MeetingFilter filter, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from meeting m join governance_body b on b.id = m.body_id where " + reach + filter.sql(args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select m.id" + where + MeetingFilter.orderBy(sort) + " limit ? offset ?", UUID.class,
                pageArgs.toArray());
        Map<UUID, Integer> rank = new HashMap<>();
        ids.forEach(id -> rank.put(id, rank.size()));
        List<Meeting> found = repository.findAllById(ids).stream()
                .sorted(Comparator.comparing((Meeting m) -> rank.get(m.id()))).toList();
        return new PageImpl<>(found, PageRequest.of(page, size), total == null ? 0 : total);
    }
}
