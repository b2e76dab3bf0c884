package fr.cls.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CurrentActor;

/**
 * The one rule for coordinators, in every service: a {@code CLS_COORDINATOR} without a funder staff role is
 * <em>confined</em> to the contracts that name them among their coordinators. Each service applies it to its own
 * copy of the contract's coordinators (contract-service its table, funding-service {@code contract_profile},
 * governance-service {@code contract_reference}, notification-service {@code tracked_contract}); what it does not
 * reach answers 404 and is left out of lists, as if it did not exist.
 */
public final class CoordinatedContracts {

    private CoordinatedContracts() {
    }

    /** Whether the current actor is a coordinator confined to their contracts. */
    public static boolean confined() {
        return confined(CurrentActor.get());
    }

    public static boolean confined(Actor actor) {
        return confined(actor.roles());
    }

    public static boolean confined(Collection<String> roles) {
        return roles.contains(Roles.CLS_COORDINATOR) && roles.stream().noneMatch(Roles.FUNDER_STAFF::contains);
    }

    /** Whether the current actor reaches a contract with these coordinators: anyone not confined, or one of them. */
    public static boolean reaches(Collection<String> coordinators) {
        return reaches(CurrentActor.get(), coordinators);
    }

    public static boolean reaches(Actor actor, Collection<String> coordinators) {
        return !confined(actor) || coordinators != null && coordinators.contains(actor.subject());
    }

    /** The contract if the current actor reaches it, else empty (the caller answers 404). */
    public static <T> Optional<T> reachable(Optional<T> contract, Function<T, Collection<String>> coordinators) {
        return contract.filter(c -> reaches(coordinators.apply(c)));
    }
}
