/** Funders' plans (e.g. « Plan Ambition Santé 53 »): published by each funder, read by all, referenced by action sheets. */
package fr.cls.contract.funderplan;
