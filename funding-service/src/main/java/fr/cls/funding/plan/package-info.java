/** A contract's financing plan: every funder's amounts per year and purpose, the collectivité's share, cross-funder checks. */
package fr.cls.funding.plan;
