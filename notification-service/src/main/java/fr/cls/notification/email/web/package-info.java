/** HTTP API of the email templates: a tenant's administrators read, override, preview and reset them. */
package fr.cls.notification.email.web;
