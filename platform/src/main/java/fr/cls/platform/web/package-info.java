/** HTTP concerns every service shares: correlation ids, the tenant of a request, RFC 9457 problem responses. */
package fr.cls.platform.web;
