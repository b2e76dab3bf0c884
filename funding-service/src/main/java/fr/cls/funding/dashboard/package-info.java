/** A funder's dashboard: amounts requested, granted and paid by year and scheme, requests waiting, conventions expiring; CSV. */
package fr.cls.funding.dashboard;
