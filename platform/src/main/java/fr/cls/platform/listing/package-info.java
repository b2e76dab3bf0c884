/** What the services' filtered lists share: sorting against a whitelist and the text search on titles. */
package fr.cls.platform.listing;
