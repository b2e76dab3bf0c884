/** The agents' web console: server-side rendered pages that call only the gateway, with the person's own token. */
package fr.cls.console;
