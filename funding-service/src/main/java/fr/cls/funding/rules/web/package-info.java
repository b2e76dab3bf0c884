/** The funder's own rules over HTTP. */
package fr.cls.funding.rules.web;
