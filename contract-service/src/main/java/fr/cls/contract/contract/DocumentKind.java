package fr.cls.contract.contract;

public enum DocumentKind {
    LETTER_OF_INTENT, DIAGNOSTIC, CONTRACT, AMENDMENT, ANNUAL_REPORT, EVALUATION, MINUTES, OTHER
}
