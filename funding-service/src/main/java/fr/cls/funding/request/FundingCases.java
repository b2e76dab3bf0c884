package fr.cls.funding.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.funding.scheme.BeneficiaryKind;
import fr.cls.funding.scheme.CaseCommune;
import fr.cls.funding.scheme.FundedOverlap;
import fr.cls.funding.scheme.FundingCase;
import fr.cls.platform.domain.RuleViolationException;

/**
 * Puts together what a funder's rules judge: the contract's profile, the amounts, what the funder's other requests
 * for the contract under the same scheme already hold, what the territory already gets from this funder, and the
 * funder's convention with the collectivité.
 */
@Component
public class FundingCases {

    private static final UUID NO_REQUEST = new UUID(0, 0);
    private static final YearAmounts.Json AMOUNTS = new YearAmounts.Json();

    private final JdbcTemplate jdbc;
    private final ContractProfiles profiles;

    FundingCases(JdbcTemplate jdbc, ContractProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    /**
     * @param schemeCode the scheme the amounts are asked under: its caps hold across the funder's requests
     * @param self       the request being amended or decided, left out of what is already committed; null for a new one
     */
    public FundingCase of(ContractProfile contract, String funder, String schemeCode, UUID self,
            Map<Integer, BigDecimal> requested, Map<Integer, BigDecimal> ownShare, LocalDate on) {
        if (contract.beneficiaryKind() == null || contract.population() == null) {
            throw new RuleViolationException("territory-defined", "the contract's territory is not defined yet: its "
                    + "population and beneficiary decide what a funder may give");
        }
        LocalDate[] convention = conventionOf(funder, contract.contractId(), on);
        List<FundedOverlap> fundedAround = fundedAround(contract, funder);
        Set<String> fundedKinds = fundedAround.stream().map(FundedOverlap::kind).collect(Collectors.toSet());
        return new FundingCase(contract.kind(), contract.status(), BeneficiaryKind.valueOf(contract.beneficiaryKind()),
                contract.population(), new HashSet<>(contract.departements()), contract.startDate(), contract.endDate(),
                sorted(requested), sorted(ownShare), fundedKinds, convention[0], convention[1], on,
                committed(funder, contract.contractId(), schemeCode, self),
                contract.communes().stream().map(c -> new CaseCommune(c.code(), c.name(), c.departement())).toList(),
                fundedAround, profiles.alignedActions(contract.contractId()));
    }

    /**
     * Serialises the filings of one portal reference at a funder until the transaction ends: the second of two filed
     * at the same moment then finds the first's request instead of colliding with it on the unique index.
     */
    void holdPortalReference(String funder, String portalReference) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended('portal-reference/' || ? || '/' || ?, 0))", rs -> { },
                funder, portalReference);
    }

    /**
     * Euros by year held by the funder's other requests for the contract under the scheme: the amounts asked while
     * undecided, the amounts granted once granted, the convention's (as amended) once drafted, and only what was
     * paid once the convention is cancelled. Holds a transaction
     * lock per (funder, contract, scheme) so that the check and the write it allows are not interleaved.
     */
    private SortedMap<Integer, BigDecimal> committed(String funder, UUID contractId, String schemeCode, UUID self) {
        // Two requests filed or decided at once must not both fit under a cap only one fits under: the second waits.
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(? || '/' || ? || '/' || ?, 0))", rs -> { },
                funder, contractId.toString(), schemeCode);
        SortedMap<Integer, BigDecimal> total = new TreeMap<>();
        jdbc.query("""
                select case when r.status <> 'GRANTED' then r.requested
                            when c.id is not null then c.amounts
                            when exists (select 1 from convention x where x.request_id = r.id) then null
                            else r.granted end
                from funding_request r
                left join convention c on c.request_id = r.id and c.status <> 'CANCELLED'
                where r.tenant_id = ? and r.contract_id = ? and r.scheme_code = ? and r.id <> ?
                  and r.status in ('SUBMITTED', 'UNDER_INSTRUCTION', 'GRANTED')""",
                rs -> {
                    SortedMap<Integer, BigDecimal> amounts = AMOUNTS.convertToEntityAttribute(rs.getString(1));
                    if (amounts != null) {
                        amounts.forEach((year, amount) -> total.merge(year, amount, BigDecimal::add));
                    }
                }, funder, contractId, schemeCode, self == null ? NO_REQUEST : self);
        // A cancelled convention still counts for what it paid before it was cancelled.
        jdbc.query("""
                select p.year, p.amount from payment p join convention c on c.id = p.convention_id
                join funding_request r on r.id = c.request_id
                where r.tenant_id = ? and r.contract_id = ? and r.scheme_code = ? and r.id <> ?
                  and c.status = 'CANCELLED' and p.status = 'PAID'""",
                rs -> {
                    total.merge(rs.getInt(1), rs.getBigDecimal(2).setScale(2), BigDecimal::add);
                }, funder, contractId, schemeCode, self == null ? NO_REQUEST : self);
        return total;
    }

    /**
     * The other contracts this funder already funds (a granted request) sharing communes with this one, with the
     * communes shared. A profile from before communes were published (on either side) is compared on its listed codes,
     * as before, with no communes to name.
     */
    private List<FundedOverlap> fundedAround(ContractProfile contract, String funder) {
        if (contract.territoryCodes().isEmpty() && contract.communes().isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<FundedOverlap>>) connection -> {
            var statement = connection.prepareStatement("""
                    select p.kind, p.title, shared.codes
                    from contract_profile p
                    cross join lateral (select array(select unnest(p.territory_communes) intersect select unnest(?::text[])
                                                     order by 1) as codes) shared
                    where p.contract_id <> ? and exists (select 1 from funding_request r where r.contract_id = p.contract_id
                          and r.tenant_id = ? and r.status = 'GRANTED')
                      and (cardinality(shared.codes) > 0
                           or ((cardinality(p.territory_communes) = 0 or cardinality(?::text[]) = 0)
                               and p.territory_codes && ?::text[]))
                    order by p.kind, p.title, p.contract_id""");
            var communes = connection.createArrayOf("text", contract.communeCodes().toArray());
            statement.setArray(1, communes);
            statement.setObject(2, contract.contractId());
            statement.setString(3, funder);
            statement.setArray(4, communes);
            statement.setArray(5, connection.createArrayOf("text", contract.territoryCodes().toArray()));
            List<FundedOverlap> found = new ArrayList<>();
            Map<String, ContractProfile.Commune> mine = new HashMap<>();
            contract.communes().forEach(c -> mine.put(c.code(), c));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    String[] shared = (String[]) rs.getArray(3).getArray();
                    List<CaseCommune> named = Arrays.stream(shared).limit(FundedOverlap.NAMED).map(mine::get)
                            .map(c -> new CaseCommune(c.code(), c.name(), c.departement())).toList();
                    found.add(new FundedOverlap(rs.getString(1), rs.getString(2), shared.length, named));
                }
            }
            return found;
        });
    }

    /** The signed convention in force on the date, else the latest signed one (so that an expired one shows). */
    private LocalDate[] conventionOf(String funder, UUID contractId, LocalDate on) {
        return jdbc.query("""
                select valid_from, valid_until from convention
                where tenant_id = ? and contract_id = ? and status = 'SIGNED'
                order by (valid_from <= ? and valid_until >= ?) desc, valid_until desc limit 1""",
                (rs, i) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) }, funder,
                contractId, java.sql.Date.valueOf(on), java.sql.Date.valueOf(on)).stream().findFirst()
                .orElse(new LocalDate[2]);
    }

    private static SortedMap<Integer, BigDecimal> sorted(Map<Integer, BigDecimal> amounts) {
        return amounts == null ? new TreeMap<>() : new TreeMap<>(amounts);
    }
}
