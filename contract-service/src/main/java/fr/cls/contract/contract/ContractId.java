package fr.cls.contract.contract;

import java.util.UUID;

public record ContractId(UUID value) {

    public static ContractId random() {
        return new ContractId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
