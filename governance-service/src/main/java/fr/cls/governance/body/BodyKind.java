package fr.cls.governance.body;

/** COPIL: political, validates. COTECH: technical, prepares and proposes. Project group. A tenant's cross-contract group. */
public enum BodyKind {
    COPIL, COTECH, PROJECT_GROUP, CROSS_CONTRACT
}
