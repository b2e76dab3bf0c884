package fr.cls.governance.body;

public enum MemberRole {
    CHAIR, MEMBER, SECRETARY, GUEST
}
