package fr.cls.funding.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.scheme.BeneficiaryKind;
import fr.cls.funding.scheme.FundingCase;
import fr.cls.platform.web.RuleViolationException;

/**
 * Puts together what a funder's rules judge: the contract's profile, the amounts, what the territory already gets
 * from this funder, and the funder's convention with the collectivité.
 */
@Component
public class FundingCases {

    private final JdbcTemplate jdbc;

    FundingCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public FundingCase of(ContractProfile contract, String funder, Map<Integer, BigDecimal> requested,
            Map<Integer, BigDecimal> ownShare, LocalDate on) {
        if (contract.beneficiaryKind() == null || contract.population() == null) {
            throw new RuleViolationException("territory-defined", "the contract's territory is not defined yet: its "
                    + "population and beneficiary decide what a funder may give");
        }
        LocalDate[] convention = conventionOf(funder, contract.contractId(), on);
        return new FundingCase(contract.kind(), contract.status(), BeneficiaryKind.valueOf(contract.beneficiaryKind()),
                contract.population(), new HashSet<>(contract.departements()), contract.startDate(), contract.endDate(),
                sorted(requested), sorted(ownShare), fundedKindsAround(contract, funder), convention[0], convention[1], on);
    }

    /** Kinds of the other contracts on a shared commune or EPCI that this funder already funds. */
    private Set<String> fundedKindsAround(ContractProfile contract, String funder) {
        if (contract.territoryCodes().isEmpty()) {
            return Set.of();
        }
        List<String> kinds = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            var statement = connection.prepareStatement("""
                    select distinct p.kind from funding_request r join contract_profile p on p.contract_id = r.contract_id
                    where r.tenant_id = ? and r.status = 'GRANTED' and r.contract_id <> ? and p.territory_codes && ?""");
            statement.setString(1, funder);
            statement.setObject(2, contract.contractId());
            statement.setArray(3, connection.createArrayOf("text", contract.territoryCodes().toArray()));
            try (var rs = statement.executeQuery()) {
                List<String> found = new java.util.ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                return found;
            }
        });
        return new HashSet<>(kinds);
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
