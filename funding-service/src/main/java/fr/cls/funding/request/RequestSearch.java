package fr.cls.funding.request;

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

/** The filtered, sorted page of funding requests in SQL, then the page's requests loaded in that order. */
@Component
class RequestSearch {

    private final JdbcTemplate jdbc;
    private final FundingRequestRepository requests;

    RequestSearch(JdbcTemplate jdbc, FundingRequestRepository requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /** @param reach the requests the caller may see, as SQL on {@code r}, with its arguments */
    Page<FundingRequest> page(String reach, List<Object> reachArgs, RequestFilter filter, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from funding_request r where " + reach + filter.sql(args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select r.id" + where + RequestFilter.orderBy(sort) + " limit ? offset ?",
                UUID.class, args.toArray());
        Map<UUID, FundingRequest> found = requests.findAllById(ids).stream()
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
        return new PageImpl<>(ids.stream().map(found::get).toList(), PageRequest.of(page, size), total == null ? 0 : total);
    }
}
