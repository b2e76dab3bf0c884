/**
 * Outbound HTTP calls to addresses a tenant or a partner chose (webhooks, submission portals): the address actually
 * connected to is checked against {@link fr.cls.platform.outbound.AddressPolicy}, so that no call reaches the
 * platform's own network (SSRF), and no redirect is followed.
 */
package fr.cls.platform.outbound;
