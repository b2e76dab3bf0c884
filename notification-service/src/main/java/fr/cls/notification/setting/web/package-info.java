/** REST adapter for the tenant's notification settings under /api/v1/notifications/settings. */
package fr.cls.notification.setting.web;
