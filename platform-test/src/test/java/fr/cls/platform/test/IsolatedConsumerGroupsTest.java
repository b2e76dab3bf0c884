package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class IsolatedConsumerGroupsTest {

    private final IsolatedConsumerGroups groups = new IsolatedConsumerGroups();

    @Test
    void aListenerNamingItsGroupGetsThatGroupSuffixedForTheContext() {
        Object group = groups.apply(Map.of("groupId", "notification-service.webhooks", "id", ""), null).get("groupId");

        assertThat((String) group).matches("notification-service\\.webhooks\\.ctx-[0-9a-f]{8}");
    }

    @Test
    void aListenerWithoutAGroupGetsTheDefaultGroupPropertySuffixed() {
        Object group = groups.apply(Map.of("groupId", "", "id", ""), null).get("groupId");

        assertThat((String) group).startsWith("${spring.kafka.consumer.group-id}.ctx-");
    }

    @Test
    void aListenerWhoseIdIsItsGroupKeepsItsIdAsTheGroup() {
        Object group = groups.apply(Map.of("groupId", "", "id", "relay", "idIsGroup", true), null).get("groupId");

        assertThat((String) group).startsWith("relay.ctx-");
    }

    @Test
    void twoContextsNeverShareAGroup() {
        Map<String, Object> listener = Map.of("groupId", "funding-service.profiles", "id", "");

        assertThat(new IsolatedConsumerGroups().apply(listener, null).get("groupId"))
                .isNotEqualTo(new IsolatedConsumerGroups().apply(listener, null).get("groupId"));
    }

    @Test
    void otherAttributesAreLeftAsDeclared() {
        Map<String, Object> changed = groups.apply(Map.of("groupId", "g", "id", "", "concurrency", "2"), null);

        assertThat(changed).containsEntry("concurrency", "2");
    }
}
