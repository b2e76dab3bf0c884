package fr.cls.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the few features deploy/k8s uses: {@code resources}
 * (files, or directories with their own kustomization), {@code namespace}, {@code patches} by path (strategic merge:
 * maps merged, lists of named items merged by name, {@code null} deletes) and {@code images} (newName, newTag). No
 * kustomize binary is needed; where kubectl is installed, the test compares both renderings.
 */
final class Kustomize {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "ClusterIssuer", "PriorityClass", "StorageClass");
    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

    private Kustomize() {
    }

    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = map(load(directory.resolve("kustomization.yaml")).get(0));
        for (String key : kustomization.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException(directory + ": the renderer does not know '" + key + "'");
            }
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object resource : list(kustomization.get("resources"))) {
            Path path = directory.resolve((String) resource).normalize();
            documents.addAll(Files.isDirectory(path) ? render(path) : load(path));
        }
        for (Object patch : list(kustomization.get("patches"))) {
            for (Map<String, Object> change : load(directory.resolve((String) map(patch).get("path")))) {
                Map<String, Object> target = documents.stream().filter(d -> sameObject(d, change)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no target for patch " + id(change)));
                merge(target, change);
            }
        }
        for (Object image : list(kustomization.get("images"))) {
            documents.forEach(d -> setImage(d, map(image)));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            documents.stream().filter(d -> !CLUSTER_SCOPED.contains(d.get("kind")))
                    .forEach(d -> map(d.get("metadata")).put("namespace", namespace));
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(Path file) {
        try {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                if (document instanceof Map<?, ?> map) {
                    documents.add((Map<String, Object>) map);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(Map<String, Object> document) {
        Map<String, Object> metadata = map(document.get("metadata"));
        return document.get("kind") + "/" + metadata.get("namespace") + "/" + metadata.get("name");
    }

    private static boolean sameObject(Map<String, Object> document, Map<String, Object> patch) {
        Map<String, Object> metadata = map(document.get("metadata"));
        Map<String, Object> wanted = map(patch.get("metadata"));
        return Objects.equals(document.get("kind"), patch.get("kind")) && Objects.equals(metadata.get("name"), wanted.get("name"))
                && (wanted.get("namespace") == null || Objects.equals(metadata.get("namespace"), wanted.get("namespace")));
    }

    /** Strategic merge, reduced to what the overlays need. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap);
            } else if (current instanceof List<?> currentList && value instanceof List<?> valueList && named(currentList)
                    && named(valueList)) {
                List<Object> merged = new ArrayList<>(currentList);
                for (Object item : valueList) {
                    Object name = map(item).get("name");
                    merged.stream().filter(m -> name.equals(map(m).get("name"))).findFirst()
                            .ifPresentOrElse(m -> merge(map(m), map(item)), () -> merged.add(item));
                }
                target.put(key, merged);
            } else {
                target.put(key, value);
            }
        });
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    private static void setImage(Map<String, Object> document, Map<String, Object> image) {
        Map<String, Object> spec = map(document.get("spec"));
        if (spec == null || !(spec.get("template") instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        for (String key : List.of("initContainers", "containers")) {
            for (Object container : list(pod.get(key))) {
                String current = (String) map(container).get("image");
                int colon = current.lastIndexOf(':');
                String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                if (name.equals(image.get("name"))) {
                    String newName = (String) image.getOrDefault("newName", name);
                    String newTag = (String) image.getOrDefault("newTag", tag);
                    map(container).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    /** A copy of the document keyed for comparison. */
    static Map<String, Map<String, Object>> byId(List<Map<String, Object>> documents) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        documents.forEach(d -> all.put(id(d), d));
        return all;
    }
}
