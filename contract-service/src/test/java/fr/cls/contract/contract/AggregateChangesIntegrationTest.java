package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.change.AggregateChanges;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;

/** The one way to change an aggregate, against the real database: change, audit entry and events commit together. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AggregateChangesIntegrationTest {

    static final String TENANT = "ars-paca";
    static final LocalDate DAY = LocalDate.of(2015, 6, 1);

    @Autowired
    AggregateChanges changes;

    @Autowired
    ContractRepository contracts;

    @Autowired
    TransactionTemplate tx;

    /** As the database owner: audit entries are read past row-level security. */
    JdbcTemplate owner;

    @Autowired
    void ownerDatabase(DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    AggregateChanges.Changes<Contract> contractChanges() {
        return changes.of("contract", contracts::saveAndFlush, c -> "contract " + c.id(), Contract::id, Contract::version);
    }

    <T> T inTransaction(Supplier<T> work) {
        return TenantContext.callAs(TENANT, () -> tx.execute(status -> work.get()));
    }

    ContractId created() {
        return inTransaction(() -> contractChanges().create("contract.initiate",
                Contract.initiate(TENANT, ContractKind.CLS, "CLS de Toulon", DAY, Instant.now())).id());
    }

    Contract load(ContractId id) {
        return contracts.findByIdAndTenantId(id.value(), TENANT).orElseThrow(() -> new NotFoundException("contract", id));
    }

    @Test
    void aChangeIsSavedAuditedFromItsVersionToTheNextAndItsRaisedEventsPublished() {
        ContractId id = created();

        Contract changed = inTransaction(() -> contractChanges().change("contract.start-framing", () -> load(id), 0L,
                c -> c.startFraming(DAY)));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.status()).isEqualTo(ContractStatus.FRAMING);
        assertThat(audit(id)).containsExactly(List.of("contract.initiate", "", "0"), List.of("contract.start-framing", "0", "1"));
        assertThat(eventTypes(id)).containsExactly(ContractInitiatedV1.TYPE, ContractProfileV1.TYPE,
                ContractTransitionedV1.typeOf("framing-started"), ContractProfileV1.TYPE);
    }

    @Test
    void aFailureAfterTheChangeWritesNeitherTheChangeNorItsAuditNorItsEvents() {
        ContractId id = created();

        assertThatThrownBy(() -> inTransaction(() -> {
            contractChanges().change("contract.start-framing", () -> load(id), 0L, c -> c.startFraming(DAY));
            throw new IllegalStateException("the request fails after the change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> load(id).status())).isEqualTo(ContractStatus.LETTER_OF_INTENT_RECEIVED);
        assertThat(audit(id)).extracting(entry -> entry.get(0)).containsExactly("contract.initiate");
        assertThat(eventTypes(id)).containsExactly(ContractInitiatedV1.TYPE, ContractProfileV1.TYPE);
    }

    @Test
    void aChangeNamingNoVersionIsRefusedAsAnyFromAnOlderVersionAndNothingIsWritten() {
        ContractId id = created();

        assertThatThrownBy(() -> inTransaction(() -> contractChanges().change("contract.start-framing", () -> load(id), null,
                c -> c.startFraming(DAY)))).isInstanceOf(Versions.PreconditionRequiredException.class);
        assertThatThrownBy(() -> inTransaction(() -> contractChanges().change("contract.start-framing", () -> load(id), 3L,
                c -> c.startFraming(DAY)))).isInstanceOf(Versions.StaleVersionException.class)
                .satisfies(e -> assertThat(((Versions.StaleVersionException) e).current()).isZero())
                .hasMessageContaining("contract " + id);

        assertThat(audit(id)).hasSize(1);
        assertThat(eventTypes(id)).hasSize(2);
    }

    @Test
    void anAggregateTheCallerDoesNotOwnIsNotFoundAndTheCommandNeverRuns() {
        ContractId elsewhere = new ContractId(UUID.randomUUID());
        boolean[] ran = {false};

        assertThatThrownBy(() -> inTransaction(() -> contractChanges().change("contract.start-framing",
                () -> load(elsewhere), 0L, c -> ran[0] = true))).isInstanceOf(NotFoundException.class);
        assertThat(ran[0]).isFalse();
    }

    @Test
    void aPartAddedUnderTheAggregateAsksForNoVersionAndIsAuditedOnTheAggregate() {
        ContractId id = created();

        Contract after = inTransaction(() -> contractChanges().add("contract.add-document", () -> load(id),
                c -> c.addDocument("Lettre d'intention", DocumentKind.values()[0], "LI-2015-01", null, Instant.now())));

        assertThat(audit(id)).last().isEqualTo(List.of("contract.add-document", "0", String.valueOf(after.version())));
    }

    @Test
    void aChangeAnsweringWhatItMadeIsSavedAndAuditedLikeAnyOtherAndAnswersThatPart() {
        ContractId id = created();

        ContractDocument document = inTransaction(() -> contractChanges().addAndGet("contract.add-document", () -> load(id),
                c -> c.addDocument("Diagnostic local de santé", DocumentKind.values()[0], "DLS-2015", null, Instant.now())));
        long seen = inTransaction(() -> load(id).version()); // adding a part moves the aggregate's version too
        String framed = inTransaction(() -> contractChanges().changeAndGet("contract.start-framing", () -> load(id), seen,
                c -> {
                    c.startFraming(DAY);
                    return c.status().name();
                }));

        assertThat(document.title()).isEqualTo("Diagnostic local de santé");
        assertThat(framed).isEqualTo("FRAMING");
        assertThat(audit(id)).extracting(entry -> entry.get(0))
                .containsExactly("contract.initiate", "contract.add-document", "contract.start-framing");
        assertThatThrownBy(() -> inTransaction(() -> contractChanges().changeAndGet("contract.start-framing", () -> load(id),
                null, c -> "never"))).isInstanceOf(Versions.PreconditionRequiredException.class);
    }

    @Test
    void outsideATransactionNothingIsSaved() {
        assertThatThrownBy(() -> TenantContext.callAs(TENANT, () -> contractChanges().create("contract.initiate",
                Contract.initiate(TENANT, ContractKind.CLS, "CLS hors transaction", DAY, Instant.now()))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private List<List<String>> audit(ContractId id) {
        return owner.query("select action, version_before, version_after from audit_entry where resource_id = ? order by seq",
                (rs, i) -> List.of(rs.getString(1), String.valueOf(rs.getObject(2) == null ? "" : rs.getLong(2)),
                        String.valueOf(rs.getLong(3))), id.toString());
    }

    private List<String> eventTypes(ContractId id) {
        return owner.queryForList("select event_type from outbox_event where message_key = ? order by seq", String.class,
                id.toString());
    }
}
