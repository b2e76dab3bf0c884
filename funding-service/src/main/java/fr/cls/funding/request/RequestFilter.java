package fr.cls.funding.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cls.funding.profile.ContractCriteria;
import fr.cls.platform.listing.ListSort;

/**
 * What a user narrows the list of funding requests to; every criterion is optional and they add up. The SQL reads the
 * request as {@code r}.
 *
 * @param funder the funder tenant instructing the request
 * @param year a year the request asks funding for
 */
public record RequestFilter(RequestStatus status, String funder, UUID contractId, Integer year, ContractCriteria contract) {

    public static final String SORT = "(submittedOn|createdAt|status|decidedOn),(asc|desc)";
    static final Map<String, String> SORT_COLUMNS = Map.of("submittedOn", "r.submitted_on", "createdAt", "r.created_at",
            "status", "r.status", "decidedOn", "r.decided_on");

    String sql(List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and r.status = ?");
            args.add(status.name());
        }
        if (funder != null) {
            where.append(" and r.tenant_id = ?");
            args.add(funder);
        }
        if (contractId != null) {
            where.append(" and r.contract_id = ?");
            args.add(contractId);
        }
        if (year != null) {
            // requested is JSON keyed by year: {"2025": "10000.00", ...}
            where.append(" and jsonb_exists(r.requested::jsonb, ?)");
            args.add(year.toString());
        }
        return where + contract.sql("r.contract_id", args);
    }

    static String orderBy(String sort) {
        return ListSort.orderBy(sort, SORT_COLUMNS, "r.submitted_on desc, r.created_at desc", "r.id");
    }
}
