/** The pages of the governance journeys. */
package fr.cls.console.governance.web;
