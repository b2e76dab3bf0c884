/** Email over SMTP: French templates, a pending outbox written with the fan-out, sent after commit with bounded retries. */
package fr.cls.notification.email;
