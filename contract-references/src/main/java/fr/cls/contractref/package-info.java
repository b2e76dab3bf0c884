/** A consuming service's local copy of contracts, kept up to date from contract-service's events. */
package fr.cls.contractref;
