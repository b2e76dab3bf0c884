package fr.cls.funding.events;

/**
 * Where funding-service publishes; the key is the funding request id, so a request's events stay in order. The
 * envelope's tenant is the funder's (the tenant that instructs the request).
 */
public final class FundingEvents {

    public static final String TOPIC = "cls.funding.events";

    private FundingEvents() {
    }
}
