/** Event envelope, transactional outbox, idempotent consumption and dead letters, shared by every service. */
package fr.cls.platform.events;
