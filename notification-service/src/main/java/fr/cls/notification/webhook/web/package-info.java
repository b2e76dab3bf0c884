/** REST adapter for webhook endpoints and their delivery log under /api/v1/notifications/webhooks. */
package fr.cls.notification.webhook.web;
