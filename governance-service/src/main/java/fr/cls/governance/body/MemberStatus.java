package fr.cls.governance.body;

/** PROPOSED: a seat offered to a signatory, waiting for the name of its representative. */
public enum MemberStatus {
    PROPOSED, ACTIVE, LEFT
}
