/** The person's notification inbox. */
package fr.cls.console.notifications;
