package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checks every service's AsyncAPI document (/v3/asyncapi, public) passes. */
public final class AsyncApiChecks {

    private AsyncApiChecks() {
    }

    /** Every event record has a schema its serialized form fits ({@link EventSchemaCheck}); answers the document. */
    public static JsonNode describesEveryEventRecord(int port, JsonMapper json) {
        String base = "http://127.0.0.1:" + port;
        new EventSchemaCheck(base, json).verify();
        JsonNode document = new HttpTestClient(base).get("/v3/asyncapi").json();
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        return document;
    }

    /** As {@link #describesEveryEventRecord}, and the service publishes {@code topic}, with its messages. */
    public static void publishes(int port, JsonMapper json, String topic) {
        JsonNode document = describesEveryEventRecord(port, json);
        assertThat(document.path("operations").path("send-" + topic).path("action").asString()).isEqualTo("send");
        assertThat(document.path("channels").path(topic).path("messages").size()).isPositive();
    }
}
