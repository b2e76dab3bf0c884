/** Funding requests: filed for a contract with a funder's scheme, instructed by the funder's agents, decided by an approver. */
package fr.cls.funding.request;
