/** What the bodies decided to follow: open difficulties and actions, with an owner and a due date. */
package fr.cls.governance.followup;
