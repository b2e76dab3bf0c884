/** What notifications and reminders need to know, kept from the events: contracts, meetings, conventions, requests. */
package fr.cls.notification.tracking;
