package fr.cls.platform.security;

/** The roles a token may carry (claim {@code roles}); see docs/security.md for what each may do. */
public final class Roles {

    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    public static final String ARS_AGENT = "ARS_AGENT";
    public static final String ARS_APPROVER = "ARS_APPROVER";
    public static final String DEPARTEMENT_AGENT = "DEPARTEMENT_AGENT";
    public static final String DEPARTEMENT_APPROVER = "DEPARTEMENT_APPROVER";
    public static final String CLS_COORDINATOR = "CLS_COORDINATOR";
    public static final String GOVERNANCE_MEMBER = "GOVERNANCE_MEMBER";
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
