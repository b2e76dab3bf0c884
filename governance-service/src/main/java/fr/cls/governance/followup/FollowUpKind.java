package fr.cls.governance.followup;

/** DIFFICULTY: reported by the coordinator to the COPIL. ACTION: something a body decided to do. */
public enum FollowUpKind {
    DIFFICULTY, ACTION
}
