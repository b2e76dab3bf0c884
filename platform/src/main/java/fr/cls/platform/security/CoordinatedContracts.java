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
 * {@code contract_profile}, governance-service {@code contract_reference}, notification-service
 * {@code tracked_contract}), always through this class: {@link #reachable} or {@link #reaches} for a contract in
 * hand, {@link #sql}/{@link #sqlAmong} with {@link #sqlArguments} in list queries. A confined coordinator reaches
 * only contracts their own tenant owns. What the actor does not reach answers 404 and is left out of lists, as if
 * it did not exist.
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
     * The rule itself: whether the actor reaches a contract with these coordinators — anyone not confined, or one of
     * them (the tenant's issuers decide for a coordinator recorded without issuer).
     *
     * @param tenantIssuers the issuers the contract's owner tenant (the actor's) trusts
     */
    public static boolean reaches(Actor actor, Collection<Coordinator> coordinators, Collection<String> tenantIssuers) {
        return !confined(actor)
                || coordinators != null && coordinators.stream().anyMatch(c -> c.is(actor, tenantIssuers));
    }

    /**
     * The rule with the contract's owner: a confined coordinator reaches only a contract their own tenant owns (an
     * account of a party tenant that bears the coordinator's name is nobody's coordinator there).
     */
    public static boolean reaches(Actor actor, String actorTenant, String ownerTenant, Collection<Coordinator> coordinators,
            Collection<String> tenantIssuers) {
        return !confined(actor) || actorTenant.equals(ownerTenant) && reaches(actor, coordinators, tenantIssuers);
    }

    /** The entry point of every service for a contract in hand: the actor, in the current tenant. */
    public static boolean reaches(Actor actor, String ownerTenant, Collection<Coordinator> coordinators, TenantDirectory tenants) {
        return !confined(actor)
                || reaches(actor, TenantContext.require(), ownerTenant, coordinators, tenantIssuers(tenants));
    }

    /** The contract if the current actor reaches it, else empty: the caller answers 404. */
    public static <T> Optional<T> reachable(Optional<T> contract, Function<T, String> ownerTenant,
            Function<T, Collection<Coordinator>> coordinators, TenantDirectory tenants) {
        Actor actor = CurrentActor.get();
        return contract.filter(c -> reaches(actor, ownerTenant.apply(c), coordinators.apply(c), tenants));
    }

    /**
     * The rule in SQL for list queries, on a contract naming one coordinator: its owner tenant column is the current
     * tenant, and the coordinator's subject and issuer columns are the actor (or the issuer is missing and
     * {@link #legacyRecognised}). Bind {@link #sqlArguments} in its place.
     */
    public static String sql(String ownerTenant, String subject, String issuer) {
        return ownerTenant + " = ? and " + names(subject, issuer);
    }

    /**
     * {@link #sql} on a contract naming several coordinators in two aligned arrays, paired by {@code unnest} (an
     * issuer missing at a position is null).
     */
    public static String sqlAmong(String ownerTenant, String subjects, String issuers) {
        return ownerTenant + " = ? and exists (select 1 from unnest(" + subjects + ", " + issuers
                + ") as named(subject, issuer) where " + names("named.subject", "named.issuer") + ")";
    }

    private static String names(String subject, String issuer) {
        return subject + " = ? and (" + issuer + " = ? or (coalesce(" + issuer + ", '') = '' and ?))";
    }

    /** The parameters of {@link #sql} and {@link #sqlAmong}, in order, for the actor in the current tenant. */
    public static List<Object> sqlArguments(Actor actor, TenantDirectory tenants) {
        return List.of(TenantContext.require(), actor.subject(), actor.issuer(),
                legacyRecognised(actor, tenantIssuers(tenants)));
    }

    /** The issuers the current tenant trusts (empty for a tenant the directory does not know). */
    public static List<String> tenantIssuers(TenantDirectory tenants) {
        return tenants.find(TenantContext.require()).map(Tenant::issuers).orElse(List.of());
    }
}
