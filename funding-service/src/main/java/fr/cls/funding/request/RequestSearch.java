package fr.cls.funding.request;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.platform.listing.IdPage;

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
        String from = "from funding_request r where " + reach + filter.sql(args);
        return IdPage.of(jdbc, "r.id", from, args, RequestFilter.orderBy(sort), page, size, requests::findAllById,
                r -> r.id().value());
    }
}
