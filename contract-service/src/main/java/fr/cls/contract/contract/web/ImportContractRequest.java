package fr.cls.contract.contract.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.cls.contract.contract.ContractKind;
import fr.cls.contract.contract.ContractStatus;
import fr.cls.contract.contract.SignatoryKind;

/**
 * A contract signed before the platform existed.
 *
 * @param endDate where omitted, the owner's duration rule gives it
 * @param axes the strategic axes it was signed with, in their order (optional)
 */
record ImportContractRequest(
        @NotNull ContractKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull ContractStatus status,
        LocalDate letterOfIntentReceivedOn,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @PositiveOrZero Long territoryPopulation,
        @NotEmpty List<@Valid ImportedSignature> signatories,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> axes) {

    List<String> axesOrNone() {
        return axes == null ? List.of() : axes;
    }

    record ImportedSignature(@NotBlank @Size(max = 300) String organisation, @NotNull SignatoryKind kind,
            @NotNull @PastOrPresent LocalDate signedOn) {
    }
}
