/** The submission portal's integration: dossiers filed by a portal, the feed of their changes, reconciliation. */
package fr.cls.funding.portal;
