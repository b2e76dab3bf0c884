/** Funding as the console shows it: requests, simulations, financing plans, read from the funding-service API. */
package fr.cls.console.funding;
