package fr.cls.funding.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cls.funding.profile.ContractCriteria;
import fr.cls.platform.listing.ListSort;

/**
 * What a user narrows the list of conventions to; every criterion is optional and they add up. The SQL reads the
 * convention as {@code v}.
 *
 * @param funder the funder tenant that signs the convention
 * @param year a year the convention is valid during (valid from … until)
 * @param endingBefore conventions valid until a day strictly before this one
 */
public record ConventionFilter(ConventionStatus status, ConventionKind kind, String funder, UUID contractId, Integer year,
        LocalDate endingBefore, ContractCriteria contract) {

    public static final String SORT = "(validFrom|validUntil|signedOn|status|createdAt),(asc|desc)";
    static final Map<String, String> SORT_COLUMNS = Map.of("validFrom", "v.valid_from", "validUntil", "v.valid_until",
            "signedOn", "v.signed_on", "status", "v.status", "createdAt", "v.created_at");

    String sql(List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and v.status = ?");
            args.add(status.name());
        }
        if (kind != null) {
            where.append(" and v.kind = ?");
            args.add(kind.name());
        }
        if (funder != null) {
            where.append(" and v.tenant_id = ?");
            args.add(funder);
        }
        if (contractId != null) {
            where.append(" and v.contract_id = ?");
            args.add(contractId);
        }
        if (year != null) {
            where.append(" and v.valid_from <= ? and v.valid_until >= ?");
            args.add(LocalDate.of(year, 12, 31));
            args.add(LocalDate.of(year, 1, 1));
        }
        if (endingBefore != null) {
            where.append(" and v.valid_until < ?");
            args.add(endingBefore);
        }
        return where + contract.sql("v.contract_id", args);
    }

    static String orderBy(String sort) {
        return ListSort.orderBy(sort, SORT_COLUMNS, "v.created_at desc", "v.id");
    }
}
