package fr.cls.funding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.AsyncApiChecks;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/** The AsyncAPI document at /v3/asyncapi (public) describes every event record of the topics, field by field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AsyncApiDocumentTest extends ApiTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void describesEveryEventRecordAndPublishesItsTopic() {
        AsyncApiChecks.publishes(port, json, "cls.funding.events");
    }
}
