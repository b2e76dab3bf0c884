/** Login at the tenant's issuer (authorization code + PKCE), logout there too, CSRF and security headers. */
package fr.cls.console.security;
