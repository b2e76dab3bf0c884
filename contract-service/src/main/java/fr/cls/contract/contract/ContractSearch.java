package fr.cls.contract.contract;

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

/**
 * The filtered, sorted page of contracts in SQL (the territory is JSON and the title is folded for the search),
 * then the page's contracts loaded as aggregates in that order.
 */
@Component
class ContractSearch {

    private final JdbcTemplate jdbc;
    private final ContractRepository repository;

    ContractSearch(JdbcTemplate jdbc, ContractRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /**
     * @param reach the contracts the caller may see, as SQL on {@code c}, with its arguments
     */
    Page<Contract> page(String reach, List<Object> reachArgs, ContractFilter filter, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from contract c where " + reach + filter.sql(args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select c.id" + where + ContractFilter.orderBy(sort) + " limit ? offset ?",
                UUID.class, pageArgs.toArray());
        Map<UUID, Integer> rank = new HashMap<>();
        ids.forEach(id -> rank.put(id, rank.size()));
        List<Contract> contracts = repository.findByIdIn(ids).stream()
                .sorted(Comparator.comparing((Contract c) -> rank.get(c.id().value()))).toList();
        return new PageImpl<>(contracts, PageRequest.of(page, size), total == null ? 0 : total);
    }
}
