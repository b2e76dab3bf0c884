/** The delivery log: one row per notification sent (or recorded) for an event, per tenant. */
package fr.cls.notification.delivery;
