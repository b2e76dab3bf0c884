/** A simulated funding-submission portal, the platform's integration partner in local runs and system tests. */
package fr.cls.portal;
