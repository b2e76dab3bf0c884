/** Governance bodies (COPIL, COTECH, project group, cross-contract groups), their members and quorum rules. */
package fr.cls.governance.body;
