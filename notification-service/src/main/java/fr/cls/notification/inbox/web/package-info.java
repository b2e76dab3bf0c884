/** REST adapter for the caller's inbox under /api/v1/notifications/inbox. */
package fr.cls.notification.inbox.web;
