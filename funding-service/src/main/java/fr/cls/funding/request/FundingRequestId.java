package fr.cls.funding.request;

import java.util.UUID;

public record FundingRequestId(UUID value) {

    public FundingRequestId {
        if (value == null) {
            throw new IllegalArgumentException("a funding request id is a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
