/** HTTP adapter of the financing schemes: read every funder's, publish one's own. */
package fr.cls.funding.scheme.web;
