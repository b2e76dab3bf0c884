package fr.cls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.cls.platform.test.EventSchemaCheck;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AsyncAPI document at /v3/asyncapi (public) describes every event record of the topics, field by field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AsyncApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void everyEventRecordHasASchemaThatItsSerializedFormFits() {
        new EventSchemaCheck("http://127.0.0.1:" + port, json).verify();
    }

    @Test
    void publishesItsTopicAndReadsTheOthersAsDocumented() {
        JsonNode document = new HttpTestClient("http://127.0.0.1:" + port).get("/v3/asyncapi").json();

        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.path("operations").path("send-cls.contract.events").path("action").asString()).isEqualTo("send");
        assertThat(document.path("channels").path("cls.contract.events").path("messages").size()).isPositive();
    }
}
