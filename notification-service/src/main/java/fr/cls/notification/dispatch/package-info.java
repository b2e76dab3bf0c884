/** From events (and reminders) to notifications: who of which tenant is told, once per recipient and channel. */
package fr.cls.notification.dispatch;
