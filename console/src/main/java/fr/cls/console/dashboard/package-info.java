/** The tenant's dashboard: coverage and contract figures (contract-service), funding figures (funding-service). */
package fr.cls.console.dashboard;
