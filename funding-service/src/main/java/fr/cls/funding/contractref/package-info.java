/** What funding-service knows of contracts: a local copy kept up to date from contract-service's events. */
package fr.cls.funding.contractref;
