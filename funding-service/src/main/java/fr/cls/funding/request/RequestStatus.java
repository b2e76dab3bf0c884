package fr.cls.funding.request;

/** Where a funding request stands; GRANTED, REFUSED and WITHDRAWN are final. */
public enum RequestStatus {
    SUBMITTED, UNDER_INSTRUCTION, GRANTED, REFUSED, WITHDRAWN;

    public boolean decided() {
        return this == GRANTED || this == REFUSED;
    }
}
