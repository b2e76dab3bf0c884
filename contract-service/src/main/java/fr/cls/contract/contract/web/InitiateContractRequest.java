package fr.cls.contract.contract.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.cls.contract.contract.ContractKind;

/** @param letterOfIntentReceivedOn defaults to today (Europe/Paris) */
record InitiateContractRequest(
        @NotNull ContractKind kind,
        @NotBlank @Size(max = 300) String title,
        LocalDate letterOfIntentReceivedOn) {
}
