/** The inbox page. */
package fr.cls.console.notifications.web;
