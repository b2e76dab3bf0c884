package fr.cls.platform.rolefixture;

/** Keeps its own role expression as a constant, even if it happens to equal a shared one. */
public class OwnConstant {

    static final String APPROVERS = "hasAnyRole('ARS_APPROVER', 'DEPARTEMENT_APPROVER')";
}
