/** REST adapter for the delivery log under /api/v1/notifications/deliveries. */
package fr.cls.notification.delivery.web;
