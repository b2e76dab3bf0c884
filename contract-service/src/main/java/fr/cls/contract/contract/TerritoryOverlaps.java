package fr.cls.contract.contract;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.territory.CommuneLists;
import fr.cls.platform.context.TenantContext;
import fr.cls.contract.territory.Territories;
import fr.cls.platform.security.Roles;

/**
 * The owner's other live contracts whose territory shares communes with this one: a warning, not a refusal (a CLS and
 * a CLSM may cover the same communes; funders' exclusivity rules decide what they fund). Compared on the communes
 * each territory covers, so a commune and its EPCI, or a group of EPCI and one of its members, overlap.
 */
@Service
public class TerritoryOverlaps {

    private static final String OVERLAPPING = """
            select o.id, o.kind, o.title, o.status,
                   array(select unnest(o.territory_communes) intersect select unnest(?::text[]) order by 1) as shared
            from contract o
            where o.tenant_id = ? and o.id <> ? and o.territory_communes && ?::text[]
              and o.status not in ('AGREEMENT_REFUSED', 'CLOSED', 'RENEWED', 'CONVERTED', 'ABANDONED')
              and o.id is distinct from ?::uuid and o.id is distinct from ?::uuid
            order by o.created_at, o.id""";

    private final Contracts contracts;
    private final JdbcTemplate jdbc;

    TerritoryOverlaps(Contracts contracts, JdbcTemplate jdbc) {
        this.contracts = contracts;
        this.jdbc = jdbc;
    }

    /**
     * @param communeCount how many communes the two territories share
     * @param communes     the first {@link CommuneLists#NAMED} of them, by INSEE code
     */
    public record Overlap(UUID contractId, String kind, String title, String status, int communeCount,
            List<Territories.Commune> communes) {
    }

    /**
     * For the owner's staff (a party is told it may not, anyone else gets 404). Its own generations (the one it renews,
     * the one renewing it) are left out: they share the territory by design.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public List<Overlap> of(ContractId id) {
        Contract contract = contracts.get(id);
        if (!contract.tenantId().equals(TenantContext.require())) {
            throw new AccessDeniedException("only the owner of the contract compares it with its other contracts");
        }
        if (contract.territoryCommunes().isEmpty()) {
            return List.of();
        }
        String[] communes = contract.territoryCommunes().toArray(String[]::new);
        return jdbc.query(OVERLAPPING, (rs, i) -> {
            String[] shared = (String[]) rs.getArray("shared").getArray();
            return new Overlap(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                    rs.getString("status"), shared.length, named(shared));
        }, communes, contract.tenantId(), contract.id().value(), communes, contract.previousContractId(),
                contract.nextContractId());
    }

    private List<Territories.Commune> named(String[] codes) {
        return jdbc.query("select code, name, departement from commune where code = any(?) order by code limit ?",
                (rs, i) -> new Territories.Commune(rs.getString(1), rs.getString(2), rs.getString(3)), codes,
                CommuneLists.NAMED);
    }
}
