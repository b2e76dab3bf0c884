/** The pages of the contracts journeys. */
package fr.cls.console.contracts.web;
