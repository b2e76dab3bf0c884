/** The dashboard page and its CSV downloads. */
package fr.cls.console.dashboard.web;
