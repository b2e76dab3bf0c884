/** HTTP adapter of the submission-portal integration API. */
package fr.cls.funding.portal.web;
