package fr.cls.funding.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scheme versions as JSON: the seed file, and whatever stores or exchanges them as text. */
public final class SchemeJson {

    public static final String SEED_RESOURCE = "/funding/seed-schemes.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<SchemeVersion>> VERSIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<SchemeRule>> RULES = new TypeReference<>() {
    };
    private static final TypeReference<List<RuleTerm>> TERMS = new TypeReference<>() {
    };

    private SchemeJson() {
    }

    public static List<SchemeVersion> read(String json) {
        return MAPPER.readValue(json, VERSIONS);
    }

    public static List<SchemeVersion> read(InputStream json) {
        return MAPPER.readValue(json, VERSIONS);
    }

    public static List<SchemeRule> readRules(String json) {
        return MAPPER.readValue(json, RULES);
    }

    public static String writeRules(List<SchemeRule> rules) {
        return MAPPER.writerFor(RULES).writeValueAsString(rules);
    }

    /** Null (stored before terms existed) reads as none given: every rule enforced. */
    public static List<RuleTerm> readTerms(String json) {
        return json == null ? null : MAPPER.readValue(json, TERMS);
    }

    public static String writeTerms(List<RuleTerm> terms) {
        return MAPPER.writerFor(TERMS).writeValueAsString(terms);
    }

    public static String write(List<SchemeVersion> versions) {
        return MAPPER.writerFor(VERSIONS).withDefaultPrettyPrinter().writeValueAsString(versions);
    }

    /** The schemes of the seed tenants (ars-bretagne, cd-53, ars-ara), from the class path. */
    public static List<SchemeVersion> seeds() {
        try (InputStream json = SchemeJson.class.getResourceAsStream(SEED_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is not on the class path");
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
