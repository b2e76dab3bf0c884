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
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * Searches the official division and resolves a territory against one edition of it: its set of communes (the unit
 * every territorial comparison is made on), INSEE population, départements and régions.
 */
@Service
public class Territories {

    private static final String EPCI_PLACE = """
            select e.code, e.name, e.kind, e.population,
                   array_agg(distinct c.departement order by c.departement) as departements,
                   array_agg(distinct c.region order by c.region) as regions
            from epci e join epci_member m on m.epci_code = e.code and m.dataset = :edition
            join commune c on c.code = m.commune_code
            """;

    private final NamedParameterJdbcTemplate sql;
    private final String currentEdition;

    Territories(JdbcTemplate jdbc, @Value("${cls.territories.edition:" + TerritoryLoader.DATASET + "}") String currentEdition) {
        this.sql = new NamedParameterJdbcTemplate(jdbc);
        this.currentEdition = currentEdition;
    }

    /** A commune or an EPCI with its INSEE municipal population. */
    public record Place(String code, String name, String kind, long population, List<String> departements,
            List<String> regions) {
    }

    public record EpciDetail(Place epci, List<Place> members) {
    }

    /** A commune of a territory: INSEE code, name, département. */
    public record Commune(String code, String name, String departement) {
    }

    /**
     * The communes and EPCI a contract covers.
     *
     * @param edition the edition of the official division to resolve the EPCI against; null: the current one
     */
    public record TerritoryRequest(List<String> communes, List<String> epci, String edition) {

        public TerritoryRequest {
            communes = communes == null ? List.of() : List.copyOf(communes);
            epci = epci == null ? List.of() : List.copyOf(epci);
        }

        public TerritoryRequest(List<String> communes, List<String> epci) {
            this(communes, epci, null);
        }
    }

    /**
     * @param population INSEE municipal population of all members
     * @param edition    the edition of the official division the EPCI were resolved against
     * @param communes   every commune covered, by INSEE code: the listed ones and the members of the listed EPCI
     */
    public record Territory(long population, List<String> departements, List<String> regions, List<Place> members,
            String edition, List<Commune> communes) {

        public List<String> communeCodes() {
            return communes.stream().map(Commune::code).toList();
        }
    }

    /** The edition a territory resolves against when none is named. */
    public String currentEdition() {
        return currentEdition;
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

    /** EPCI of the current edition. */
    @Transactional(readOnly = true)
    public Page<Place> searchEpci(String query, String departement, Pageable page) {
        MapSqlParameterSource params = search(query, departement, page);
        String where = " where (:q = '' or e.search_name like '%' || :q || '%' or e.code like :q || '%')"
                + " and (:d = '' or exists (select 1 from epci_member m2 join commune c2 on c2.code = m2.commune_code"
                + " where m2.epci_code = e.code and m2.dataset = :edition and c2.departement = :d))";
        long total = sql.queryForObject("select count(*) from epci e" + where
                + " and exists (select 1 from epci_member m3 where m3.epci_code = e.code and m3.dataset = :edition)",
                params, Long.class);
        List<Place> places = sql.query(EPCI_PLACE + where + " group by e.code, e.name, e.kind, e.population"
                + " order by e.population desc, e.code limit :limit offset :offset", params, (rs, i) -> epciPlace(rs));
        return new PageImpl<>(places, page, total);
    }

    /** An EPCI and its member communes in the current edition. */
    @Transactional(readOnly = true)
    public EpciDetail epci(String code) {
        Map<String, String> params = Map.of("code", code, "edition", currentEdition);
        List<Place> found = sql.query(EPCI_PLACE + " where e.code = :code group by e.code, e.name, e.kind, e.population",
                params, (rs, i) -> epciPlace(rs));
        if (found.isEmpty()) {
            throw new NotFoundException("EPCI", code);
        }
        List<Place> members = sql.query("""
                select c.code, c.name, c.population, c.departement, c.region from epci_member m
                join commune c on c.code = m.commune_code where m.epci_code = :code and m.dataset = :edition
                order by c.population desc""",
                params, (rs, i) -> new Place(rs.getString(1), rs.getString(2), "COMMUNE", rs.getLong(3),
                        List.of(rs.getString(4)), List.of(rs.getString(5))));
        return new EpciDetail(found.get(0), members);
    }

    /**
     * Resolves the territory against its edition (the current one unless named) and refuses (409, naming each problem)
     * an empty territory, an unknown edition, unknown codes, a code listed twice, and a commune covered twice (a
     * commune listed with the EPCI it belongs to, or two EPCI sharing a commune): it would be counted twice.
     */
    @Transactional(readOnly = true)
    public Territory compute(TerritoryRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.communes().isEmpty() && request.epci().isEmpty()) {
            throw new RuleViolationException("territory-not-empty", "a territory has at least one commune or EPCI");
        }
        String edition = request.edition() == null || request.edition().isBlank() ? currentEdition : request.edition();
        Integer known = sql.queryForObject("select count(*) from territory_dataset where version = :edition",
                Map.of("edition", edition), Integer.class);
        if (known == null || known == 0) {
            throw new RuleViolationException("known-edition", "no edition " + edition
                    + " of the official division is loaded (current edition: " + currentEdition + ")", edition, currentEdition);
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
                    Map.of("codes", epciCodes, "edition", edition), rs -> {
                        Place place = epciPlace(rs);
                        epci.put(place.code(), place);
                    });
        }
        communeCodes.stream().filter(c -> !communes.containsKey(c))
                .forEach(c -> violations.add(Violation.variant("known-codes", "commune", "no commune with INSEE code " + c, c)));
        epciCodes.stream().filter(e -> !epci.containsKey(e)).forEach(e -> violations.add(
                Violation.variant("known-codes", "epci", "no EPCI with SIREN code " + e + " in edition " + edition, e, edition)));
        Map<String, Commune> covered = new TreeMap<>();
        Map<String, List<String>> coveredBy = new TreeMap<>();
        communeCodes.stream().filter(communes::containsKey).forEach(code -> {
            Place place = communes.get(code);
            covered.put(code, new Commune(code, place.name(), place.departements().get(0)));
            coveredBy.computeIfAbsent(code, k -> new ArrayList<>()).add("commune " + code);
        });
        if (!epci.isEmpty()) {
            sql.query("""
                    select m.epci_code, c.code, c.name, c.departement from epci_member m join commune c on c.code = m.commune_code
                    where m.dataset = :edition and m.epci_code in (:codes) order by m.epci_code, c.code""",
                    Map.of("codes", epci.keySet(), "edition", edition), rs -> {
                        covered.put(rs.getString(2), new Commune(rs.getString(2), rs.getString(3), rs.getString(4)));
                        coveredBy.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add("EPCI " + rs.getString(1));
                    });
        }
        coveredBy.forEach((code, by) -> {
            if (by.size() > 1) {
                violations.add(Violation.of("no-overlap", "commune " + code + " (" + covered.get(code).name()
                        + ") is covered twice: " + String.join(" and ", by), code, covered.get(code).name(), String.join(" + ", by)));
            }
        });
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
        return new Territory(population, List.copyOf(departements), List.copyOf(regions), members, edition,
                List.copyOf(covered.values()));
    }

    private static void duplicates(List<String> codes, String what, List<Violation> violations) {
        Set<String> seen = new java.util.HashSet<>();
        codes.stream().filter(code -> !seen.add(code)).distinct()
                .forEach(code -> violations.add(Violation.variant("no-overlap", "listed-twice", what + " " + code + " is listed twice",
                        what, code)));
    }

    private MapSqlParameterSource search(String query, String departement, Pageable page) {
        return new MapSqlParameterSource()
                .addValue("q", query == null ? "" : Names.searchable(query))
                .addValue("d", departement == null ? "" : departement)
                .addValue("edition", currentEdition)
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
