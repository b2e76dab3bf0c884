/** Email over SMTP: Mustache templates in French and English that a tenant may override, a pending outbox written with the fan-out, sent after commit with bounded retries. */
package fr.cls.notification.email;
