package fr.cls.platform.security;

import java.util.Set;

/**
 * The roles a token may carry (claim {@code roles}), the groups services check and the {@code @PreAuthorize}
 * expressions they share; see docs/security.md for what each may do. Expressions are compile-time constants so
 * that annotations can use them.
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

    /** The funders' staff (ARS and départements): a coordinator who also holds one of these is not confined. */
    public static final Set<String> FUNDER_STAFF = Set.of(ARS_AGENT, ARS_APPROVER, DEPARTEMENT_AGENT, DEPARTEMENT_APPROVER);

    /** ARS agents and approvers. */
    public static final String IS_ARS_STAFF = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER')";
    public static final String IS_ARS_APPROVER = "hasRole('ARS_APPROVER')";
    /** ARS staff and, inside the contracts they coordinate ({@link CoordinatedContracts}), the coordinator. */
    public static final String IS_ARS_STAFF_OR_COORDINATOR = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER', 'CLS_COORDINATOR')";
    /** Agents and approvers of ARS and départements. */
    public static final String IS_FUNDER_STAFF = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER', 'DEPARTEMENT_AGENT', 'DEPARTEMENT_APPROVER')";
    /** Approvers of ARS and départements. */
    public static final String IS_APPROVER = "hasAnyRole('ARS_APPROVER', 'DEPARTEMENT_APPROVER')";
    /** Funders' staff and, inside the contracts they coordinate, the coordinator. */
    public static final String IS_FUNDER_STAFF_OR_COORDINATOR = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER', 'DEPARTEMENT_AGENT',"
            + " 'DEPARTEMENT_APPROVER', 'CLS_COORDINATOR')";
    /** Those who file funding requests: funders' staff, the coordinator (their contracts) and the portal. */
    public static final String IS_FUNDING_FILER = "hasAnyRole('CLS_COORDINATOR', 'ARS_AGENT', 'ARS_APPROVER', 'DEPARTEMENT_AGENT',"
            + " 'DEPARTEMENT_APPROVER', 'INTEGRATION')";
    /** Funders' staff and their submission portal. */
    public static final String IS_FUNDER_STAFF_OR_INTEGRATION = "hasAnyRole('INTEGRATION', 'ARS_AGENT', 'ARS_APPROVER',"
            + " 'DEPARTEMENT_AGENT', 'DEPARTEMENT_APPROVER')";

    private Roles() {
    }
}
