package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private static final String FROM = "notifications@cls.local";

    @Test
    void theSameDeliveryAlwaysGetsTheSameMessageIdOnTheSendersDomain() {
        String id = MessageIds.of("ars-paca", "event-1", "https://idp", "alice", FROM);

        assertThat(MessageIds.of("ars-paca", "event-1", "https://idp", "alice", FROM)).isEqualTo(id);
        assertThat(id).matches("<[0-9a-f]{64}@cls\\.local>");
    }

    @Test
    void anotherEventRecipientIssuerOrTenantGivesAnotherMessageId() {
        String id = MessageIds.of("ars-paca", "event-1", "https://idp", "alice", FROM);

        assertThat(MessageIds.of("ars-paca", "event-2", "https://idp", "alice", FROM)).isNotEqualTo(id);
        assertThat(MessageIds.of("ars-paca", "event-1", "https://idp", "bob", FROM)).isNotEqualTo(id);
        assertThat(MessageIds.of("ars-paca", "event-1", "https://other-idp", "alice", FROM)).isNotEqualTo(id);
        assertThat(MessageIds.of("dep-13", "event-1", "https://idp", "alice", FROM)).isNotEqualTo(id);
    }

    @Test
    void partsCannotBeShiftedIntoOneAnotherToCollide() {
        assertThat(MessageIds.of("t", "ab", "", "c", FROM)).isNotEqualTo(MessageIds.of("t", "a", "", "bc", FROM));
        assertThat(MessageIds.of("t", "e", null, "alice", FROM)).isNotEqualTo(MessageIds.of("t", "e", "alice", "", FROM));
    }

    @Test
    void aSenderWithoutAUsableDomainFallsBackToTheNotificationsDomain() {
        assertThat(MessageIds.of("t", "e", null, "alice", "Mairie <contact@ville.fr>")).endsWith("@ville.fr>");
        assertThat(MessageIds.of("t", "e", null, "alice", "no-domain")).endsWith("@notifications.cls.local>");
    }
}
