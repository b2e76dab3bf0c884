package fr.cls.platform.listing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A filtered, sorted page found in SQL by id (the count, then the page's ids in order), its rows then loaded by the
 * caller's repository and put back in that order: filters and sorting stay in SQL, aggregates stay JPA's.
 */
public final class IdPage {

    private IdPage() {
    }

    /**
     * @param id      the id column, e.g. {@code c.id}
     * @param from    {@code from … where …} with the filters, their arguments in {@code args}
     * @param orderBy the {@code order by} clause
     * @param load    loads the rows of the ids, in any order
     * @param idOf    a loaded row's id
     */
    public static <T> Page<T> of(JdbcTemplate jdbc, String id, String from, List<Object> args, String orderBy, int page,
            int size, Function<List<UUID>, ? extends Collection<T>> load, Function<T, UUID> idOf) {
        Long total = jdbc.queryForObject("select count(*) " + from, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select " + id + " " + from + orderBy + " limit ? offset ?", UUID.class,
                pageArgs.toArray());
        Map<UUID, T> found = new HashMap<>();
        load.apply(ids).forEach(row -> found.put(idOf.apply(row), row));
        List<T> rows = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }
}
