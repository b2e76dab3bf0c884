/** The governance journeys' views: a contract's bodies (COPIL, COTECH), their members, meetings and decisions. */
package fr.cls.console.governance;
