/** REST adapter for subscriptions under /api/v1/notifications/subscriptions. */
package fr.cls.notification.subscription.web;
