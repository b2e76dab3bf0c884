package fr.cls.platform.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/** For a test that drives the API and the topics: the service's own Kafka clients and JSON mapper besides. */
public abstract class EventApiTestSupport extends ApiTestSupport {

    /** To send what another service would publish. */
    @Autowired
    protected KafkaTemplate<String, String> kafka;

    /** To read a topic ({@link TopicReader}). */
    @Autowired
    protected ConsumerFactory<String, String> consumers;

    @Autowired
    protected JsonMapper json;
}
