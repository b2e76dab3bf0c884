package fr.cls.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.http.ProblemDetail;

import fr.cls.platform.domain.RuleViolationException;

/**
 * The {@code type} URI of every problem: the base URI (per deployment, {@code cls.problems.base-uri}) and the
 * family's anchor, e.g. {@code /docs/problems.md#validation}. Statuses map to families; a 409 that names rules takes
 * the family of its first rule, from the {@code META-INF/cls/problem-families.properties} files of the classpath
 * (each module lists its own codes: {@code code=family} exactly, or {@code prefix-*=family}), else
 * {@link #RULE_VIOLATION}. Every family is a section of docs/problems.md.
 */
public final class ProblemTypes {

    public static final String RESOURCE = "META-INF/cls/problem-families.properties";
    public static final String DEFAULT_BASE_URI = "/docs/problems.md";

    public static final String VALIDATION = "validation";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String RULE_VIOLATION = "rule-violation";
    public static final String CONFLICT = "conflict";
    public static final String STALE_VERSION = "stale-version";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String IDEMPOTENCY_ANSWER_LOST = "idempotency-answer-lost";
    public static final String IF_MATCH_REQUIRED = "if-match-required";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, VALIDATION), Map.entry(401, UNAUTHORIZED), Map.entry(403, FORBIDDEN),
            Map.entry(404, NOT_FOUND), Map.entry(405, METHOD_NOT_ALLOWED), Map.entry(406, NOT_ACCEPTABLE),
            Map.entry(410, IDEMPOTENCY_ANSWER_LOST),
            Map.entry(409, CONFLICT), Map.entry(412, STALE_VERSION), Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE), Map.entry(422, IDEMPOTENCY_KEY_REUSED),
            Map.entry(428, IF_MATCH_REQUIRED), Map.entry(429, RATE_LIMITED), Map.entry(500, INTERNAL_ERROR),
            Map.entry(502, SERVICE_UNAVAILABLE), Map.entry(503, SERVICE_UNAVAILABLE), Map.entry(504, SERVICE_UNAVAILABLE));

    private final String baseUri;
    private final Map<String, String> exact;
    private final Map<String, String> prefixes;

    public ProblemTypes(String baseUri, Map<String, String> families) {
        this.baseUri = baseUri == null || baseUri.isBlank() ? DEFAULT_BASE_URI : baseUri.strip();
        Map<String, String> exactCodes = new LinkedHashMap<>();
        Map<String, String> prefixCodes = new LinkedHashMap<>();
        families.forEach((code, family) -> {
            if (code.endsWith("*")) {
                prefixCodes.put(code.substring(0, code.length() - 1), family);
            } else {
                exactCodes.put(code, family);
            }
        });
        this.exact = Map.copyOf(exactCodes);
        this.prefixes = prefixCodes;
    }

    /** With the families every module of the classpath declares. */
    public static ProblemTypes fromClasspath(String baseUri) {
        return new ProblemTypes(baseUri, classpathFamilies(ProblemTypes.class.getClassLoader()));
    }

    public static Map<String, String> classpathFamilies(ClassLoader loader) {
        Map<String, String> families = new LinkedHashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            for (URL file : Collections.list(files)) {
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(in);
                }
                properties.stringPropertyNames().forEach(code -> families.put(code, properties.getProperty(code).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return families;
    }

    /** The family of a rule code: its exact entry, else its longest declared prefix, else {@link #RULE_VIOLATION}. */
    public String familyOfRule(String code) {
        String family = exact.get(code);
        if (family != null) {
            return family;
        }
        String longest = null;
        for (String prefix : prefixes.keySet()) {
            if (code.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                longest = prefix;
            }
        }
        return longest == null ? RULE_VIOLATION : prefixes.get(longest);
    }

    public static String familyOfStatus(int status) {
        return BY_STATUS.getOrDefault(status, status >= 500 ? INTERNAL_ERROR : VALIDATION);
    }

    /** The family of a problem already built: its rules (409), else its status. */
    public String familyOf(ProblemDetail problem) {
        if (problem.getStatus() == 409 && problem.getProperties() != null
                && problem.getProperties().get("violations") instanceof List<?> violations && !violations.isEmpty()
                && violations.get(0) instanceof RuleViolationException.Violation first) {
            return familyOfRule(first.rule());
        }
        if (problem.getStatus() == 409 && "Stale version".equals(problem.getTitle())) {
            return STALE_VERSION;
        }
        return familyOfStatus(problem.getStatus());
    }

    public URI uri(String family) {
        return URI.create(baseUri + "#" + family);
    }

    /** Sets the type of a problem left at {@code about:blank}; a type chosen on purpose stays. */
    public ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(uri(familyOf(problem)));
        }
        return problem;
    }

    /** Every family a problem of the platform can have, whatever the module. */
    public static List<String> statusFamilies() {
        return BY_STATUS.values().stream().distinct().sorted().toList();
    }
}
