package fr.cls.platform.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class KafkaCredentialsCheckTest {

    @Test
    void aServiceToldToAuthenticateWithoutAPasswordRefusesToStartNamingTheVariable() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.kafka.security.protocol", "SASL_SSL")
                .withProperty("cls.kafka.user", "funding-service");

        assertThatThrownBy(() -> new KafkaCredentialsCheck(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLS_KAFKA_PASSWORD");
    }

    @Test
    void aPasswordThatWouldBreakTheJaasLineIsRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.kafka.security.protocol", "SASL_PLAINTEXT")
                .withProperty("cls.kafka.user", "funding-service")
                .withProperty("cls.kafka.password", "x\" username=\"admin");

        assertThatThrownBy(() -> new KafkaCredentialsCheck(environment)).hasMessageContaining("double quote");
    }

    @Test
    void aServiceWithItsCredentialsOrOnAPlaintextTestBrokerStarts() {
        assertThatCode(() -> new KafkaCredentialsCheck(new MockEnvironment()
                .withProperty("spring.kafka.security.protocol", "SASL_PLAINTEXT")
                .withProperty("cls.kafka.user", "funding-service")
                .withProperty("cls.kafka.password", "0123abcd"))).doesNotThrowAnyException();
        assertThatCode(() -> new KafkaCredentialsCheck(new MockEnvironment()
                .withProperty("spring.kafka.security.protocol", "PLAINTEXT"))).doesNotThrowAnyException();
    }
}
