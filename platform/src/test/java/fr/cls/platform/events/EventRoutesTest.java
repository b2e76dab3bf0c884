package fr.cls.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.CorrelationId;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.metrics.PlatformMetrics;
import tools.jackson.databind.json.JsonMapper;

/** The routes over an inbox whose table is a set and whose transaction undoes its inserts on failure. */
class EventRoutesTest {

    record Initiated(UUID contractId, String title) {
        public static final String TYPE = "cls.test.initiated.v1";
    }

    record Moved(UUID contractId, String toStatus) {
        static boolean isMove(String type) {
            return type.startsWith("cls.test.moved-");
        }
    }

    record Untyped(String anything) {
    }

    final JsonMapper json = JsonMapper.builder().build();
    final EventCodec codec = new EventCodec(json);
    final Set<String> processed = new HashSet<>();
    final JdbcTemplate table = new JdbcTemplate() {
        @Override
        public int update(String sql, Object... args) {
            return processed.add(args[0] + "/" + args[1]) ? 1 : 0;
        }
    };
    final TransactionTemplate tx = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            Set<String> before = new HashSet<>(processed);
            try {
                return action.doInTransaction(new SimpleTransactionStatus());
            } catch (RuntimeException e) {
                processed.retainAll(before);
                throw e;
            }
        }
    };
    final EventInbox inbox = new EventInbox(table, tx, codec, PlatformMetrics.standalone());
    final List<String> seen = new ArrayList<>();

    @Test
    void bindsThePayloadToTheRecordItsTypeConstantNames() {
        UUID contract = UUID.randomUUID();
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> seen.add(initiated.title()));

        assertThat(routes.handle(envelope(Initiated.TYPE, new Initiated(contract, "CLS de Rennes")))).isTrue();

        assertThat(seen).containsExactly("CLS de Rennes");
    }

    @Test
    void aHandlerWithTheEnvelopeRunsInTheEventsTenantAndCorrelationWhichAreClearedAfter() {
        EventRoutes routes = inbox.routes("test").on(Initiated.class, (envelope, initiated) -> seen.add(
                envelope.tenantid() + " " + TenantContext.require() + " " + CorrelationId.current().orElse(null)));

        routes.handle(envelope(Initiated.TYPE, new Initiated(UUID.randomUUID(), "t")));

        assertThat(seen).containsExactly("ars-bretagne ars-bretagne corr-1");
        assertThat(TenantContext.current()).isEmpty();
        assertThat(CorrelationId.current()).isEmpty();
    }

    @Test
    void aTypeNoRouteNamesIsRecordedAsProcessedAndOtherwiseIgnored() {
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> seen.add("initiated"));
        String unknown = envelope("cls.test.unknown.v1", new Untyped("x"));

        assertThat(routes.handle(unknown)).isTrue();
        assertThat(routes.handle(unknown)).as("already processed").isFalse();

        assertThat(seen).isEmpty();
        assertThat(processed).hasSize(1);
    }

    @Test
    void aFamilyOfTypesSharingOnePayloadReachesOneHandler() {
        EventRoutes routes = inbox.routes("test")
                .on(Initiated.class, initiated -> seen.add("initiated"))
                .onAny(Moved::isMove, Moved.class, (envelope, moved) -> seen.add(envelope.type() + " " + moved.toStatus()));

        routes.handle(envelope("cls.test.moved-signed.v1", new Moved(UUID.randomUUID(), "IN_FORCE")));
        routes.handle(envelope("cls.test.moved-closed.v1", new Moved(UUID.randomUUID(), "CLOSED")));

        assertThat(seen).containsExactly("cls.test.moved-signed.v1 IN_FORCE", "cls.test.moved-closed.v1 CLOSED");
    }

    @Test
    void everyMatchingRouteRunsInTheOrderDeclaredAndTheWholeMessageIsAvailable() {
        String message = envelope(Initiated.TYPE, new Initiated(UUID.randomUUID(), "t"));
        EventRoutes routes = inbox.routes("test")
                .on(Initiated.class, initiated -> seen.add("copy"))
                .onAny(EventRoutes.anyType(), envelope -> seen.add("log " + envelope.type()))
                .onAnyAsReceived(Initiated.TYPE::equals, (envelope, raw) -> seen.add(raw.equals(message) ? "as received" : raw));

        routes.handle(message);

        assertThat(seen).containsExactly("copy", "log " + Initiated.TYPE, "as received");
    }

    @Test
    void aRedeliveredEventRunsNoHandlerAgain() {
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> seen.add("once"));
        String message = envelope(Initiated.TYPE, new Initiated(UUID.randomUUID(), "t"));

        routes.handle(message);
        boolean again = routes.handle(message);

        assertThat(again).isFalse();
        assertThat(seen).containsExactly("once");
    }

    @Test
    void aPayloadThatDoesNotBindIsPoisonAndNothingIsRecorded() {
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> seen.add("never"));
        String message = envelope(Initiated.TYPE, json.createObjectNode().put("contractId", "not-a-uuid"));

        assertThatThrownBy(() -> routes.handle(message)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("does not match Initiated");
        assertThat(seen).isEmpty();
        assertThat(processed).isEmpty();
    }

    @Test
    void aHandlersIllegalArgumentIsPoisonAndAnyOtherFailureIsRetriedWithNothingRecorded() {
        List<RuntimeException> failures = new ArrayList<>(List.of(new IllegalArgumentException("bad"),
                new IllegalStateException("database down")));
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> {
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            seen.add("handled");
        });
        String message = envelope(Initiated.TYPE, new Initiated(UUID.randomUUID(), "t"));

        assertThatThrownBy(() -> routes.handle(message)).isInstanceOf(PoisonEventException.class).hasMessageContaining("bad");
        assertThatThrownBy(() -> routes.handle(message)).isInstanceOf(IllegalStateException.class);
        assertThat(processed).isEmpty();
        assertThat(routes.handle(message)).as("the retry").isTrue();

        assertThat(seen).containsExactly("handled");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aMessageThatIsNotAnEnvelopeIsPoison() {
        EventRoutes routes = inbox.routes("test").on(Initiated.class, initiated -> seen.add("never"));

        assertThatThrownBy(() -> routes.handle("{not an envelope")).isInstanceOf(PoisonEventException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void aPayloadWithoutATypeConstantIsRefusedWhenDeclared() {
        EventRoutes routes = inbox.routes("test");

        assertThatThrownBy(() -> routes.on(Untyped.class, untyped -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onAny");
    }

    private String envelope(String type, Object payload) {
        return codec.encode(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/test-service", type,
                UUID.randomUUID().toString(), OffsetDateTime.now(), "application/json", "ars-bretagne", "corr-1",
                json.valueToTree(payload)));
    }
}
