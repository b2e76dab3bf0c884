package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.AsyncApiChecks;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AsyncAPI document at /v3/asyncapi (public) describes every event record of the topics, field by field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AsyncApiDocumentTest extends ApiTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void describesTheWebhookBodiesAsTheEnvelopesOfEveryEventItReads() {
        JsonNode document = AsyncApiChecks.describesEveryEventRecord(port, json);
        int read = document.path("channels").path("cls.contract.events").path("messages").size()
                + document.path("channels").path("cls.funding.events").path("messages").size()
                + document.path("channels").path("cls.governance.events").path("messages").size();

        assertThat(document.path("operations").path("deliver-webhooks").path("bindings").path("http")
                .path("method").asString()).isEqualTo("POST");
        assertThat(read).isPositive();
        assertThat(document.path("channels").path("webhooks").path("messages").size()).isEqualTo(read);
    }
}
