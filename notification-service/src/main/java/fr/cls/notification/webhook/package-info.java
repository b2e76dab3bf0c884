/** Signed webhooks for integrations: a tenant's endpoints, one delivery per matching event, retries and dead letters. */
package fr.cls.notification.webhook;
