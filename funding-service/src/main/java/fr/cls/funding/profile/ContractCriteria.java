package fr.cls.funding.profile;

import java.util.List;

import fr.cls.platform.listing.TitleSearch;

/**
 * Filters of the funding lists that concern the contract, read in the local copy of its profile (the funder sees the
 * profiles of the contracts it takes part in). A territory code matches a commune or an EPCI the contract names, and
 * a commune its territory covers (through an EPCI it names, as contract-service resolved it).
 *
 * @param kind CLS, CLSM or PROTOCOLE_ACCORD
 * @param territory INSEE code of a commune the territory covers, or SIREN of an EPCI it names
 * @param coordinator the subject of a coordinator the contract names
 * @param text words of the contract's title, whatever the case and accents
 */
public record ContractCriteria(String kind, String territory, String coordinator, String text) {

    /** The condition on the contract whose id is {@code contractColumn}, starting with {@code and}; empty without criteria. */
    public String sql(String contractColumn, List<Object> args) {
        StringBuilder on = new StringBuilder();
        if (kind != null) {
            on.append(" and p.kind = ?");
            args.add(kind);
        }
        if (territory != null) {
            on.append(" and (p.territory_codes @> array[?]::text[] or p.territory_communes @> array[?]::text[])");
            args.add(territory);
            args.add(territory);
        }
        if (coordinator != null) {
            on.append(" and ? = any (p.coordinators)");
            args.add(coordinator.strip());
        }
        if (text != null && !text.isBlank()) {
            on.append(" and ").append(TitleSearch.condition("p.title"));
            args.add(TitleSearch.containing(text));
        }
        return on.isEmpty() ? "" : " and exists (select 1 from contract_profile p where p.contract_id = " + contractColumn + on + ")";
    }
}
