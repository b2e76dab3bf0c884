/** HTTP adapter for meetings, decisions, minutes and the tenant's governance overview. */
package fr.cls.governance.meeting.web;
