package fr.cls.console.funding.web;

import fr.cls.console.gateway.GatewayException;

/** What a page does with the gateway's refusals. */
final class Refusals {

    private Refusals() {
    }

    /** A refused token ends the session (GatewayFailures); every other refusal stays on the page that shows it. */
    static void relayUnauthenticated(GatewayException e) {
        if (e.status() == 401) {
            throw e;
        }
    }
}
