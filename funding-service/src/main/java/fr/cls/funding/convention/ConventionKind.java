package fr.cls.funding.convention;

/** FINANCIAL: born of a granted request, with its payments. FRAMEWORK: the funder–collectivité convention some schemes require. */
public enum ConventionKind {
    FINANCIAL, FRAMEWORK
}
