package fr.cls.governance.meeting;

/** What an agenda item decides. The first four are validations that only a COPIL gives (a COTECH proposes them). */
public enum AgendaPurpose {
    VALIDATE_CONTRACT, VALIDATE_PROGRAMMING, ADOPT_EVALUATION, ADOPT_ANNUAL_REPORT, EXAMINE_DIFFICULTY, APPROVE_MINUTES, OTHER;

    public boolean isValidation() {
        return this == VALIDATE_CONTRACT || this == VALIDATE_PROGRAMMING || this == ADOPT_EVALUATION
                || this == ADOPT_ANNUAL_REPORT;
    }

    public boolean needsYear() {
        return this == VALIDATE_PROGRAMMING || this == ADOPT_ANNUAL_REPORT;
    }
}
