package fr.cls.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import fr.cls.platform.context.Actor;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/**
 * The one rule for coordinators, in every service: a {@code CLS_COORDINATOR} without a funder staff role is
 * <em>confined</em> to the contracts that name them among their coordinators. A coordinator is a person — the
 * issuer and the subject of their account ({@link Coordinator}) — so the same subject from another issuer of the
 * tenant is someone else. A coordinator recorded without issuer (named before issuers were kept) is recognised on
 * the subject only while the owner tenant trusts a single issuer, the actor's. Each service applies the rule to
 * its own copy of the contract's coordinators (contract-service its table, funding-service
 * {@code contract_profile}, governance-service {@code contract_reference}); what the actor does not reach answers
 * 404 and is left out of lists, as if it did not exist. List queries that select in SQL pair
 * {@code unnest(coordinators, coordinator_issuers)} and pass {@link #legacyRecognised} for the null issuers.
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

    /**
     * Whether a coordinator recorded without issuer may be the actor: only while the tenant trusts exactly one
     * issuer, the actor's (with several, nobody can tell which of the namesakes was named).
     */
    public static boolean legacyRecognised(Actor actor, Collection<String> tenantIssuers) {
        return tenantIssuers != null && tenantIssuers.size() == 1 && tenantIssuers.contains(actor.issuer());
    }

    /**
     * Whether the actor reaches a contract with these coordinators: anyone not confined, or one of them.
     *
     * @param tenantIssuers the issuers the contract's owner tenant (the actor's) trusts
     */
    public static boolean reaches(Actor actor, Collection<Coordinator> coordinators, Collection<String> tenantIssuers) {
        return !confined(actor)
                || coordinators != null && coordinators.stream().anyMatch(c -> c.is(actor, tenantIssuers));
    }

    /** {@link #reaches(Actor, Collection, Collection)} for the current actor. */
    public static boolean reaches(Collection<Coordinator> coordinators, Collection<String> tenantIssuers) {
        return reaches(CurrentActor.get(), coordinators, tenantIssuers);
    }

    /** The contract if the current actor reaches it, else empty (the caller answers 404). */
    public static <T> Optional<T> reachable(Optional<T> contract, Function<T, Collection<Coordinator>> coordinators,
            Collection<String> tenantIssuers) {
        return contract.filter(c -> reaches(coordinators.apply(c), tenantIssuers));
    }

    /** The issuers the current tenant trusts (empty for a tenant the directory does not know). */
    public static List<String> tenantIssuers(TenantDirectory tenants) {
        return tenants.find(TenantContext.require()).map(Tenant::issuers).orElse(List.of());
    }
}
