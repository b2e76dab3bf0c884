/** The development OIDC issuer: Spring Authorization Server with demo users and clients per tenant. */
package fr.cls.identity;
