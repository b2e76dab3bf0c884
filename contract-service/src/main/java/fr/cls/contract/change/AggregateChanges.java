package fr.cls.contract.change;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.domain.Versions;

/**
 * Creates or changes an aggregate in the caller's transaction: loads the owner's aggregate (the loader answers 404,
 * or 403 to a party), checks the version the caller saw, applies the command, saves and flushes, and audits the
 * change with the versions before and after. The aggregate raises its own events: saving hands them to the listeners
 * that write them to the outbox, so they commit or roll back with the change and its audit entry.
 */
@Component
public class AggregateChanges {

    private final AuditTrail audit;

    AggregateChanges(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * @param resource the audit trail's name of the kind, e.g. {@code action-sheet}
     * @param saveAndFlush the repository's, which publishes the events the aggregate raised
     * @param named the aggregate in a message about its version, e.g. {@code "action sheet 3f2…"}
     * @param version the aggregate's version; null for one that keeps none
     */
    public <A> Changes<A> of(String resource, UnaryOperator<A> saveAndFlush, Function<A, String> named,
            Function<A, Object> id, Function<A, Long> version) {
        return new Changes<>(resource, saveAndFlush, named, id, version);
    }

    /** Creations and changes of one kind of aggregate. */
    public final class Changes<A> {

        private final String resource;
        private final UnaryOperator<A> saveAndFlush;
        private final Function<A, String> named;
        private final Function<A, Object> id;
        private final Function<A, Long> version;

        private Changes(String resource, UnaryOperator<A> saveAndFlush, Function<A, String> named,
                Function<A, Object> id, Function<A, Long> version) {
            this.resource = resource;
            this.saveAndFlush = saveAndFlush;
            this.named = named;
            this.id = id;
            this.version = version;
        }

        /** A new aggregate, audited from no version to its first. */
        public A create(String action, A created) {
            return save(action, null, created);
        }

        /** A change of what the caller saw at {@code seenVersion}: none is refused (428), an older one too (412). */
        public A change(String action, Supplier<A> owned, Long seenVersion, Consumer<? super A> command) {
            A aggregate = owned.get();
            Versions.check(named.apply(aggregate), version.apply(aggregate), seenVersion);
            return apply(action, aggregate, command);
        }

        /** Adding a part (a signatory, a document) creates a resource under the aggregate: no version is asked. */
        public A add(String action, Supplier<A> owned, Consumer<? super A> command) {
            return apply(action, owned.get(), command);
        }

        /** {@link #change}, answering what the command made (a signature recorded, the contract that follows). */
        public <R> R changeAndGet(String action, Supplier<A> owned, Long seenVersion, Function<? super A, R> command) {
            A aggregate = owned.get();
            Versions.check(named.apply(aggregate), version.apply(aggregate), seenVersion);
            return applyAndGet(action, aggregate, command);
        }

        /** {@link #add}, answering the part added. */
        public <R> R addAndGet(String action, Supplier<A> owned, Function<? super A, R> command) {
            return applyAndGet(action, owned.get(), command);
        }

        private A apply(String action, A aggregate, Consumer<? super A> command) {
            Long before = version.apply(aggregate);
            command.accept(aggregate);
            return save(action, before, aggregate);
        }

        private <R> R applyAndGet(String action, A aggregate, Function<? super A, R> command) {
            Long before = version.apply(aggregate);
            R result = command.apply(aggregate);
            save(action, before, aggregate);
            return result;
        }

        private A save(String action, Long before, A aggregate) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalTransactionStateException("an aggregate is changed in its caller's transaction");
            }
            A saved = saveAndFlush.apply(aggregate);
            audit.record(action, resource, String.valueOf(id.apply(saved)), before, version.apply(saved));
            return saved;
        }
    }
}
