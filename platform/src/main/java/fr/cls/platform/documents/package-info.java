/** Generated documents: a service's Thymeleaf template, overridable per tenant, rendered as a deterministic PDF/A-2b. */
package fr.cls.platform.documents;
