/** HTTP adapter of the funder's dashboard and its CSV export. */
package fr.cls.funding.dashboard.web;
