/** Per-tenant rate limiting: limits come from the tenant directory; Redis-backed when Redis is configured. */
package fr.cls.gateway.ratelimit;
