/** Financing schemes of each funder (tenant), versioned, and the evaluation of a funding case against their rules. */
package fr.cls.funding.scheme;
