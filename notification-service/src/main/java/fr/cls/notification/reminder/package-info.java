/** Reminders computed from the tracked state: COPIL J-15, annual report due, end of term, requests waiting. */
package fr.cls.notification.reminder;
