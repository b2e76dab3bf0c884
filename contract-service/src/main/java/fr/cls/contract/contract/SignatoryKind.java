package fr.cls.contract.contract;

/** The organisations that sign CLS (ARS, collectivités, State, département, social security funds, care providers). */
public enum SignatoryKind {
    ARS, COLLECTIVITE, PREFECTURE, DEPARTEMENT, CPAM, CAF, MSA, HOSPITAL, CPTS, OTHER
}
