package fr.cls.tenancy;

/** ARS and départements own and fund contracts; PLATFORM is the operators' own tenant and owns no data. */
public enum TenantKind {
    PLATFORM, ARS, DEPARTEMENT
}
