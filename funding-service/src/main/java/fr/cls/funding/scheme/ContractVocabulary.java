package fr.cls.funding.scheme;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Contract kinds and statuses as contract-service publishes them. Kept as text here because funding-service
 * may not import contract-service's domain; checked against this list so that a typo in a scheme is refused.
 */
final class ContractVocabulary {

    private record Label(String fr, String en) {
    }

    private static final Map<String, Label> KINDS = labels(
            "CLS", "CLS", "CLS",
            "CLSM", "CLSM", "CLSM",
            "PROTOCOLE_ACCORD", "protocole d'accord", "protocole d'accord (pre-contract)");

    private static final Map<String, Label> STATUSES = labels(
            "LETTER_OF_INTENT_RECEIVED", "lettre d'intention reçue", "letter of intent received",
            "FRAMING", "cadrage", "framing",
            "AGREEMENT_REFUSED", "accord refusé", "agreement refused",
            "DIAGNOSTIC", "diagnostic", "diagnostic",
            "ELABORATION", "élaboration", "elaboration",
            "AWAITING_SIGNATURES", "en attente de signatures", "awaiting signatures",
            "IN_FORCE", "en vigueur", "in force",
            "EVALUATION", "évaluation", "evaluation",
            "CLOSED", "clos", "closed",
            "RENEWED", "renouvelé", "renewed",
            "CONVERTED", "converti", "converted",
            "ABANDONED", "abandonné", "abandoned");

    private ContractVocabulary() {
    }

    static String kind(String what, String kind) {
        return known(what, kind, KINDS);
    }

    static String status(String what, String status) {
        return known(what, status, STATUSES);
    }

    static Set<String> kinds(String what, Collection<String> kinds) {
        return knownSet(what, kinds, KINDS);
    }

    static Set<String> statuses(String what, Collection<String> statuses) {
        return knownSet(what, statuses, STATUSES);
    }

    static String kindFr(String kind) {
        return KINDS.get(kind).fr();
    }

    static String kindEn(String kind) {
        return KINDS.get(kind).en();
    }

    static String statusFr(String status) {
        return STATUSES.get(status).fr();
    }

    static String statusEn(String status) {
        return STATUSES.get(status).en();
    }

    private static String known(String what, String value, Map<String, Label> vocabulary) {
        if (value == null || !vocabulary.containsKey(value)) {
            throw new IllegalArgumentException(what + " must be one of " + vocabulary.keySet() + " (was " + value + ")");
        }
        return value;
    }

    /** Sorted so that a scheme is written to JSON the same way every time. */
    private static Set<String> knownSet(String what, Collection<String> values, Map<String, Label> vocabulary) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one of " + vocabulary.keySet());
        }
        TreeSet<String> sorted = values.stream().map(v -> known(what, v, vocabulary)).collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSet(sorted);
    }

    private static Map<String, Label> labels(String... triples) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            labels.put(triples[i], new Label(triples[i + 1], triples[i + 2]));
        }
        return Collections.unmodifiableMap(labels);
    }
}
