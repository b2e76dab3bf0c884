/** Calls to the gateway with the logged-in person's access token, and the problems it answers. */
package fr.cls.console.gateway;
