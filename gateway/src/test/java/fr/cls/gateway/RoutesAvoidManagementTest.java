package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The services' actuator (Prometheus, dead letters) lives on their management port, which the gateway must never
 * reach: its routes carry only the API and the OpenAPI and AsyncAPI documents, to the services' application ports,
 * and rewrite no path to actuator.
 */
class RoutesAvoidManagementTest {

    @Test
    void everyRouteForwardsOnlyApiOrDocumentPathsToAnApplicationPort() throws IOException {
        List<Map<String, Object>> routes = routes();

        assertThat(routes).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> route : routes) {
            assertThat((String) route.get("uri")).as(route.get("id") + "'s uri")
                    .matches("\\$\\{CLS_[A-Z]+_URL:http://127\\.0\\.0\\.1:808[1-4]}");
            for (Object predicate : (List<?>) route.get("predicates")) {
                String text = predicate.toString();
                if (text.startsWith("Path=")) {
                    assertThat(text.substring("Path=".length()).split(",")).as(route.get("id") + "'s paths")
                            .allMatch(path -> path.startsWith("/api/v1/") || path.startsWith("/v3/api-docs/")
                                    || path.startsWith("/v3/asyncapi/"));
                }
            }
            assertThat(String.valueOf(route.get("filters"))).as(route.get("id") + "'s filters").doesNotContain("actuator");
        }
    }

    private static List<Map<String, Object>> routes() throws IOException {
        try (InputStream in = RoutesAvoidManagementTest.class.getResourceAsStream("/application.yml")) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Object document : new Yaml().loadAll(in)) {
                collect(document, found);
            }
            return found;
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("routes".equals(key) && value instanceof List<?> list) {
                    list.forEach(route -> found.add((Map<String, Object>) route));
                } else {
                    collect(value, found);
                }
            });
        }
    }
}
