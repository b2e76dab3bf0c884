/** notification-service: turns domain events into email, webhooks and inbox entries, and logs every delivery. */
package fr.cls.notification;
