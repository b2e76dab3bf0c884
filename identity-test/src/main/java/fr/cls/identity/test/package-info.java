/** A real (minimal) OIDC issuer for tests: discovery, JWKS and signed tokens over HTTP. */
package fr.cls.identity.test;
