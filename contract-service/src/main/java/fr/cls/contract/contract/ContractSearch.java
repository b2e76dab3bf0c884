package fr.cls.contract.contract;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.platform.listing.IdPage;

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
        String from = "from contract c where " + reach + filter.sql(args);
        return IdPage.of(jdbc, "c.id", from, args, ContractFilter.orderBy(sort), page, size, repository::findByIdIn,
                c -> c.id().value());
    }
}
