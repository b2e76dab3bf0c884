/** The pages of the funding journeys. */
package fr.cls.console.funding.web;
