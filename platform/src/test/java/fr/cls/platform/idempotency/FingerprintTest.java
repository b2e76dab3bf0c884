package fr.cls.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** "The same request" compares the JSON object, not its text. */
class FingerprintTest {

    @Test
    void theSameObjectWithFieldsReorderedAtAnyDepthAndOtherWhitespaceHasTheSameFingerprint() {
        assertThat(of("{\"a\":1,\"b\":{\"x\":[1,2],\"y\":\"z\"}}"))
                .isEqualTo(of(" {\n \"b\" : { \"y\":\"z\", \"x\":[ 1, 2 ] },\n \"a\" : 1 }\n"));
    }

    @Test
    void anotherValueAnotherArrayOrderOrAnotherAmountIsAnotherRequest() {
        String base = of("{\"a\":1,\"list\":[1,2],\"amount\":25000.0000000000001}");
        assertThat(of("{\"a\":2,\"list\":[1,2],\"amount\":25000.0000000000001}")).isNotEqualTo(base);
        assertThat(of("{\"a\":1,\"list\":[2,1],\"amount\":25000.0000000000001}")).isNotEqualTo(base);
        assertThat(of("{\"a\":1,\"list\":[1,2],\"amount\":25000.0000000000002}")).isNotEqualTo(base);
    }

    @Test
    void aBodyThatIsNotJsonIsTakenAsItsBytes() {
        assertThat(of("not json")).isEqualTo(of("not json")).isNotEqualTo(of("not  json"));
        assertThat(IdempotentRequests.fingerprint("POST", "/p", new byte[0])).isNotEqualTo(of("{}"));
    }

    private static String of(String body) {
        return IdempotentRequests.fingerprint("POST", "/p", body.getBytes(StandardCharsets.UTF_8));
    }
}
