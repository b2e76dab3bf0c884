package fr.cls.platform.security;

import java.util.Set;

/**
 * The only place that names roles: the roles a token may carry (claim {@code roles}), the groups of them that
 * docs/security.md gives rights to (sets, for code), and the {@code @PreAuthorize} expressions of those groups.
 * Expressions are compile-time constants built from the names, so that annotations can use them; services declare
 * none of their own (ArchitectureRules).
 */
public final class Roles {

    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    public static final String ARS_AGENT = "ARS_AGENT";
    public static final String ARS_APPROVER = "ARS_APPROVER";
    public static final String DEPARTEMENT_AGENT = "DEPARTEMENT_AGENT";
    public static final String DEPARTEMENT_APPROVER = "DEPARTEMENT_APPROVER";
    public static final String CLS_COORDINATOR = "CLS_COORDINATOR";
    public static final String GOVERNANCE_MEMBER = "GOVERNANCE_MEMBER";
    public static final String INTEGRATION = "INTEGRATION";

    /** Every role the platform knows. */
    public static final Set<String> ALL = Set.of(PLATFORM_OPERATOR, ARS_AGENT, ARS_APPROVER, DEPARTEMENT_AGENT,
            DEPARTEMENT_APPROVER, CLS_COORDINATOR, GOVERNANCE_MEMBER, INTEGRATION);
    /** The platform's operators: actuator, tenant directory, their own audit trail; no tenant data. */
    public static final Set<String> OPERATORS = Set.of(PLATFORM_OPERATOR);
    /** The ARS's staff: they steer the ARS's contracts. */
    public static final Set<String> ARS_STAFF = Set.of(ARS_AGENT, ARS_APPROVER);
    /** The funders' staff (ARS and départements): a coordinator who also holds one of these is not confined. */
    public static final Set<String> FUNDER_STAFF = Set.of(ARS_AGENT, ARS_APPROVER, DEPARTEMENT_AGENT, DEPARTEMENT_APPROVER);
    /** The funders' staff who decide and sign (ARS and départements). */
    public static final Set<String> APPROVERS = Set.of(ARS_APPROVER, DEPARTEMENT_APPROVER);
    /** The collectivités' coordinators, confined to the contracts naming them ({@link CoordinatedContracts}). */
    public static final Set<String> COORDINATORS = Set.of(CLS_COORDINATOR);
    /** COPIL and COTECH members: readers. */
    public static final Set<String> GOVERNANCE = Set.of(GOVERNANCE_MEMBER);
    /** A tenant's declared submission portals (client credentials). */
    public static final Set<String> PORTALS = Set.of(INTEGRATION);

    private static final String ANY = "hasAnyRole('";
    private static final String OR = "', '";
    private static final String END = "')";
    private static final String ARS_STAFF_NAMES = ARS_AGENT + OR + ARS_APPROVER;
    private static final String APPROVER_NAMES = ARS_APPROVER + OR + DEPARTEMENT_APPROVER;
    private static final String FUNDER_STAFF_NAMES = ARS_STAFF_NAMES + OR + DEPARTEMENT_AGENT + OR + DEPARTEMENT_APPROVER;

    /** {@link #ARS_STAFF}. */
    public static final String IS_ARS_STAFF = ANY + ARS_STAFF_NAMES + END;
    /** The ARS's approvers. */
    public static final String IS_ARS_APPROVER = ANY + ARS_APPROVER + END;
    /** {@link #ARS_STAFF} and, inside the contracts they coordinate ({@link CoordinatedContracts}), {@link #COORDINATORS}. */
    public static final String IS_ARS_STAFF_OR_COORDINATOR = ANY + ARS_STAFF_NAMES + OR + CLS_COORDINATOR + END;
    /** {@link #FUNDER_STAFF}. */
    public static final String IS_FUNDER_STAFF = ANY + FUNDER_STAFF_NAMES + END;
    /** {@link #FUNDER_STAFF} and {@link #OPERATORS} (who see no tenant's rows): tenant-wide figures. */
    public static final String IS_FUNDER_STAFF_OR_OPERATOR = ANY + FUNDER_STAFF_NAMES + OR + PLATFORM_OPERATOR + END;
    /** {@link #APPROVERS}. */
    public static final String IS_APPROVER = ANY + APPROVER_NAMES + END;
    /** {@link #APPROVERS} and {@link #OPERATORS}: the audit trail. */
    public static final String IS_APPROVER_OR_OPERATOR = ANY + APPROVER_NAMES + OR + PLATFORM_OPERATOR + END;
    /** {@link #FUNDER_STAFF} and, inside the contracts they coordinate, {@link #COORDINATORS}. */
    public static final String IS_FUNDER_STAFF_OR_COORDINATOR = ANY + FUNDER_STAFF_NAMES + OR + CLS_COORDINATOR + END;
    /** Who files funding requests: {@link #FUNDER_STAFF}, {@link #COORDINATORS} (their contracts) and {@link #PORTALS}. */
    public static final String IS_FUNDING_FILER = ANY + FUNDER_STAFF_NAMES + OR + CLS_COORDINATOR + OR + INTEGRATION + END;
    /** {@link #FUNDER_STAFF} and {@link #PORTALS}. */
    public static final String IS_FUNDER_STAFF_OR_INTEGRATION = ANY + FUNDER_STAFF_NAMES + OR + INTEGRATION + END;
    /** {@link #OPERATORS} only: the tenant directory. */
    public static final String IS_OPERATOR = ANY + PLATFORM_OPERATOR + END;
    /** {@link #PORTALS} only: the integration API. */
    public static final String IS_INTEGRATION = ANY + INTEGRATION + END;

    private Roles() {
    }
}
