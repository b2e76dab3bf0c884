package fr.cls.contract.territory;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.web.NotFoundException;
import fr.cls.platform.web.RuleViolationException;
import fr.cls.platform.web.RuleViolationException.Violation;

/** Searches the official division and computes a territory: its INSEE population, départements and régions. */
@Service
public class Territories {

    private static final String EPCI_PLACE = """
            select e.code, e.name, e.kind, e.population,
                   array_agg(distinct c.departement order by c.departement) as departements,
                   array_agg(distinct c.region order by c.region) as regions
            from epci e join epci_member m on m.epci_code = e.code join commune c on c.code = m.commune_code
            """;

    private final NamedParameterJdbcTemplate sql;

    Territories(JdbcTemplate jdbc) {
        this.sql = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A commune or an EPCI with its INSEE municipal population. */
    public record Place(String code, String name, String kind, long population, List<String> departements,
            List<String> regions) {
    }

    public record EpciDetail(Place epci, List<Place> members) {
    }

    /** The communes and EPCI a contract covers. */
    public record TerritoryRequest(List<String> communes, List<String> epci) {

        public TerritoryRequest {
            communes = communes == null ? List.of() : List.copyOf(communes);
            epci = epci == null ? List.of() : List.copyOf(epci);
        }
    }

    /** @param population INSEE municipal population of all members */
    public record Territory(long population, List<String> departements, List<String> regions, List<Place> members) {
    }

    @Transactional(readOnly = true)
    public Page<Place> searchCommunes(String query, String departement, Pageable page) {
        MapSqlParameterSource params = search(query, departement, page);
        String where = " where (:q = '' or c.search_name like '%' || :q || '%' or c.code like :q || '%')"
                + " and (:d = '' or c.departement = :d)";
        long total = sql.queryForObject("select count(*) from commune c" + where, params, Long.class);
        List<Place> places = sql.query("select c.code, c.name, c.population, c.departement, c.region from commune c" + where
                + " order by c.population desc, c.code limit :limit offset :offset", params,
                (rs, i) -> new Place(rs.getString(1), rs.getString(2), "COMMUNE", rs.getLong(3), List.of(rs.getString(4)),
                        List.of(rs.getString(5))));
        return new PageImpl<>(places, page, total);
    }

    @Transactional(readOnly = true)
    public Page<Place> searchEpci(String query, String departement, Pageable page) {
        MapSqlParameterSource params = search(query, departement, page);
        String where = " where (:q = '' or e.search_name like '%' || :q || '%' or e.code like :q || '%')"
                + " and (:d = '' or exists (select 1 from epci_member m2 join commune c2 on c2.code = m2.commune_code"
                + " where m2.epci_code = e.code and c2.departement = :d))";
        long total = sql.queryForObject("select count(*) from epci e" + where, params, Long.class);
        List<Place> places = sql.query(EPCI_PLACE + where + " group by e.code, e.name, e.kind, e.population"
                + " order by e.population desc, e.code limit :limit offset :offset", params, (rs, i) -> epciPlace(rs));
        return new PageImpl<>(places, page, total);
    }

    @Transactional(readOnly = true)
    public EpciDetail epci(String code) {
        List<Place> found = sql.query(EPCI_PLACE + " where e.code = :code group by e.code, e.name, e.kind, e.population",
                Map.of("code", code), (rs, i) -> epciPlace(rs));
        if (found.isEmpty()) {
            throw new NotFoundException("EPCI", code);
        }
        List<Place> members = sql.query("""
                select c.code, c.name, c.population, c.departement, c.region from epci_member m
                join commune c on c.code = m.commune_code where m.epci_code = :code order by c.population desc""",
                Map.of("code", code), (rs, i) -> new Place(rs.getString(1), rs.getString(2), "COMMUNE", rs.getLong(3),
                        List.of(rs.getString(4)), List.of(rs.getString(5))));
        return new EpciDetail(found.get(0), members);
    }

    /**
     * Refuses (409, naming each problem) an empty territory, unknown codes, a code listed twice, and a commune
     * listed with the EPCI it belongs to (it would be counted twice).
     */
    @Transactional(readOnly = true)
    public Territory compute(TerritoryRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.communes().isEmpty() && request.epci().isEmpty()) {
            throw new RuleViolationException("territory-not-empty", "a territory has at least one commune or EPCI");
        }
        duplicates(request.communes(), "commune", violations);
        duplicates(request.epci(), "EPCI", violations);
        Set<String> communeCodes = new LinkedHashSet<>(request.communes());
        Set<String> epciCodes = new LinkedHashSet<>(request.epci());
        Map<String, Place> communes = new HashMap<>();
        if (!communeCodes.isEmpty()) {
            sql.query("select code, name, population, departement, region from commune where code in (:codes)",
                    Map.of("codes", communeCodes), rs -> {
                        communes.put(rs.getString(1), new Place(rs.getString(1), rs.getString(2), "COMMUNE", rs.getLong(3),
                                List.of(rs.getString(4)), List.of(rs.getString(5))));
                    });
        }
        Map<String, Place> epci = new HashMap<>();
        if (!epciCodes.isEmpty()) {
            sql.query(EPCI_PLACE + " where e.code in (:codes) group by e.code, e.name, e.kind, e.population",
                    Map.of("codes", epciCodes), rs -> {
                        Place place = epciPlace(rs);
                        epci.put(place.code(), place);
                    });
        }
        communeCodes.stream().filter(c -> !communes.containsKey(c))
                .forEach(c -> violations.add(Violation.variant("known-codes", "commune", "no commune with INSEE code " + c, c)));
        epciCodes.stream().filter(e -> !epci.containsKey(e))
                .forEach(e -> violations.add(Violation.variant("known-codes", "epci", "no EPCI with SIREN code " + e, e)));
        if (!communeCodes.isEmpty() && !epciCodes.isEmpty()) {
            sql.query("select commune_code, epci_code from epci_member where epci_code in (:epci) and commune_code in (:communes)",
                    Map.of("epci", epciCodes, "communes", communeCodes),
                    rs -> {
                        violations.add(Violation.of("no-overlap", "commune " + rs.getString(1)
                                + " is already part of EPCI " + rs.getString(2), rs.getString(1), rs.getString(2)));
                    });
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        List<Place> members = new ArrayList<>();
        epciCodes.forEach(code -> members.add(epci.get(code)));
        communeCodes.forEach(code -> members.add(communes.get(code)));
        Set<String> departements = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        long population = 0;
        for (Place place : members) {
            population += place.population();
            departements.addAll(place.departements());
            regions.addAll(place.regions());
        }
        return new Territory(population, List.copyOf(departements), List.copyOf(regions), members);
    }

    private static void duplicates(List<String> codes, String what, List<Violation> violations) {
        Set<String> seen = new java.util.HashSet<>();
        codes.stream().filter(code -> !seen.add(code)).distinct()
                .forEach(code -> violations.add(Violation.variant("no-overlap", "listed-twice", what + " " + code + " is listed twice",
                        what, code)));
    }

    private static MapSqlParameterSource search(String query, String departement, Pageable page) {
        return new MapSqlParameterSource()
                .addValue("q", query == null ? "" : Names.searchable(query))
                .addValue("d", departement == null ? "" : departement)
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
    }

    private static Place epciPlace(java.sql.ResultSet rs) throws SQLException {
        return new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), strings(rs.getArray(5)),
                strings(rs.getArray(6)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
