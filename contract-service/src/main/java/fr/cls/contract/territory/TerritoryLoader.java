package fr.cls.contract.territory;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the dataset once, in one transaction, at start-up: a version already recorded in territory_dataset is
 * not loaded again (idempotent); a new dataset version (edition) is a new folder and a new version string. Each
 * edition keeps its own EPCI membership; communes, EPCI, départements and régions already known keep their row.
 */
@Component
class TerritoryLoader implements ApplicationRunner {

    static final String DATASET = "decoupage-administratif-6.0.0";
    private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final String currentEdition;

    TerritoryLoader(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, Clock clock,
            @Value("${cls.territories.edition:" + DATASET + "}") String currentEdition) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.currentEdition = currentEdition;
    }

    /** The shipped edition, and the current one when configured to a newer folder. */
    @Override
    public void run(ApplicationArguments args) {
        load();
        if (!DATASET.equals(currentEdition)) {
            load(currentEdition);
        }
    }

    /** @return true if the dataset was loaded now, false if it was already there */
    boolean load() {
        return load(DATASET);
    }

    /** Loads the edition in classpath folder {@code territories/<version>} unless already loaded. */
    boolean load(String version) {
        Boolean loaded = tx.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(hashtext('territory-dataset'))", rs -> null);
            Integer present = jdbc.queryForObject("select count(*) from territory_dataset where version = ?", Integer.class, version);
            if (present != null && present > 0) {
                return false;
            }
            long started = System.nanoTime();
            int[] counts = insertAll(version);
            jdbc.update("insert into territory_dataset (version, loaded_at, communes, epci) values (?, ?, ?, ?)",
                    version, Timestamp.from(clock.instant()), counts[0], counts[1]);
            log.info("territories {} loaded: {} communes, {} EPCI in {} ms", version, counts[0], counts[1],
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private int[] insertAll(String version) {
        JsonNode regions = read(version, "regions.json");
        jdbc.batchUpdate("insert into region (code, name) values (?, ?) on conflict (code) do nothing",
                rows(regions, r -> new Object[] {r.get("code").asString(), r.get("nom").asString()}));
        JsonNode departements = read(version, "departements.json");
        jdbc.batchUpdate("insert into departement (code, name, region) values (?, ?, ?) on conflict (code) do nothing",
                rows(departements, d -> new Object[] {d.get("code").asString(), d.get("nom").asString(), d.get("region").asString()}));
        List<Object[]> communes = new ArrayList<>();
        for (JsonNode c : read(version, "communes.json")) {
            if ("commune-actuelle".equals(c.path("type").asString()) && c.has("departement")) {
                String name = c.get("nom").asString();
                communes.add(new Object[] {c.get("code").asString(), name, Names.searchable(name),
                        c.get("departement").asString(), c.get("region").asString(), c.path("population").asInt(0)});
            }
        }
        jdbc.batchUpdate("insert into commune (code, name, search_name, departement, region, population) values (?, ?, ?, ?, ?, ?)"
                + " on conflict (code) do nothing", communes);
        List<Object[]> epci = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (JsonNode e : read(version, "epci.json")) {
            String code = e.get("code").asString();
            String name = e.get("nom").asString();
            epci.add(new Object[] {code, name, Names.searchable(name), e.get("type").asString(), e.get("populationMunicipale").asInt()});
            for (JsonNode m : e.get("membres")) {
                members.add(new Object[] {version, code, m.get("code").asString()});
            }
        }
        jdbc.batchUpdate("insert into epci (code, name, search_name, kind, population) values (?, ?, ?, ?, ?)"
                + " on conflict (code) do nothing", epci);
        jdbc.batchUpdate("insert into epci_member (dataset, epci_code, commune_code) values (?, ?, ?)", members);
        return new int[] {communes.size(), epci.size()};
    }

    private static List<Object[]> rows(JsonNode array, java.util.function.Function<JsonNode, Object[]> row) {
        List<Object[]> rows = new ArrayList<>();
        array.forEach(node -> rows.add(row.apply(node)));
        return rows;
    }

    /** The file as shipped, gzipped ({@code <file>.gz}) or not. */
    private JsonNode read(String version, String file) {
        ClassPathResource gzipped = new ClassPathResource("territories/" + version + "/" + file + ".gz");
        ClassPathResource resource = gzipped.exists() ? gzipped : new ClassPathResource("territories/" + version + "/" + file);
        try (InputStream raw = resource.getInputStream();
                InputStream in = gzipped.exists() ? new GZIPInputStream(raw) : raw) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the territory dataset file " + file, e);
        }
    }
}
