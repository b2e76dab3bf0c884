/** Tenants (ARS, départements, the platform's operators) and the rules a token must meet to act for one. */
package fr.cls.tenancy;
