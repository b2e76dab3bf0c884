/** Per-tenant notification settings as data: reminder delays, mail sender and signature. */
package fr.cls.notification.setting;
