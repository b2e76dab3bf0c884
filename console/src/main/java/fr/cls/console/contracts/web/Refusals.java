package fr.cls.console.contracts.web;

import fr.cls.console.gateway.GatewayException;

/** A refused call comes back on the page; an expired token (401) ends the session instead (GatewayFailures). */
final class Refusals {

    private Refusals() {
    }

    static GatewayException shownOnPage(GatewayException e) {
        if (e.status() == 401) {
            throw e;
        }
        return e;
    }
}
