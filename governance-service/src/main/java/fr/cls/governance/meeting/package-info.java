/** Meetings of the bodies: agenda, convocation, attendance and quorum, decisions and their events, minutes. */
package fr.cls.governance.meeting;
