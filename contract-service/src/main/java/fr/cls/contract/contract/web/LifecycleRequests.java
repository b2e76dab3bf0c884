package fr.cls.contract.contract.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.cls.contract.contract.DiagnosticMode;
import fr.cls.contract.contract.SignatoryKind;

/** Bodies of the lifecycle commands. {@code on} defaults to today (Europe/Paris). */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Step(LocalDate on) {
    }

    record Agreement(DiagnosticMode diagnosticMode, LocalDate on) {
    }

    record Reasoned(@NotBlank @Size(max = 2000) String reason, LocalDate on) {
    }

    /** Each flag says the portrait is part of the delivered diagnostic. */
    record Diagnostic(Boolean territoryPortrait, Boolean healthPortrait, Boolean resourcesPortrait, LocalDate on) {
    }

    /**
     * @param subject the coordinator's account, as their tokens name it ({@code sub})
     * @param issuer the issuer of that account ({@code iss}); optional when the tenant trusts a single issuer
     */
    record Coordinator(@NotBlank @Size(max = 200) String subject, @Size(max = 500) String issuer) {
    }

    /** @param carrier the collectivité carries the contract */
    record NewSignatory(@NotBlank @Size(max = 300) String organisation, @NotNull SignatoryKind kind, Boolean carrier) {

        boolean carries() {
            return Boolean.TRUE.equals(carrier);
        }
    }

    /** @param reference a URL or an archive reference: where the document is kept */
    record NewDocument(@NotBlank @Size(max = 300) String title, @NotNull fr.cls.contract.contract.DocumentKind kind,
            @NotBlank @Size(max = 1000) String reference, LocalDate issuedOn) {
    }

    record SignatureOfSignatory(LocalDate signedOn) {
    }

    /** @param endDate only where the owner tenant has no duration rule */
    record Signature(@NotNull LocalDate startDate, LocalDate endDate) {
    }

    record Conversion(@NotNull DiagnosticMode diagnosticMode, LocalDate on) {
    }
}
