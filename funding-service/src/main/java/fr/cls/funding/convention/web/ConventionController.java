package fr.cls.funding.convention.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.convention.Convention;
import fr.cls.funding.convention.ConventionFilter;
import fr.cls.funding.convention.ConventionKind;
import fr.cls.funding.convention.ConventionStatus;
import fr.cls.funding.convention.Conventions;
import fr.cls.funding.profile.ContractCriteria;
import fr.cls.funding.profile.web.ListParameters;
import fr.cls.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Parameter;
import fr.cls.funding.convention.Payment;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.platform.web.Euros;
import fr.cls.platform.web.IfMatch;

/** Conventions and their payments. Changes take {@code If-Match} with the version read; a stale one gets 409. */
@RestController
@Validated
@RequestMapping("/api/v1/funding")
class ConventionController {

    private final Conventions conventions;

    ConventionController(Conventions conventions) {
        this.conventions = conventions;
    }

    record Draft(@NotBlank @Size(max = 200) String beneficiary, @NotNull LocalDate validFrom, @NotNull LocalDate validUntil) {
    }

    record Framework(@NotNull UUID contractId, @NotBlank @Size(max = 200) String beneficiary, @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil, LocalDate signedOn) {
    }

    record Signature(LocalDate signedOn) {
    }

    record Amendment(@NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear, @Size(max = 2000) String note) {
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    record Paid(LocalDate paidOn) {
    }

    record PaymentResponse(UUID id, UUID conventionId, int year, BigDecimal amount, String status, LocalDate releasedOn,
            LocalDate paidOn, long version) {

        static PaymentResponse of(Payment p) {
            return new PaymentResponse(p.id(), p.conventionId(), p.year(), p.amount(), p.status().name(), p.releasedOn(),
                    p.paidOn(), p.version());
        }
    }

    record ConventionResponse(UUID id, String kind, String funder, String ownerTenant, UUID requestId, UUID contractId,
            String beneficiary, SortedMap<Integer, BigDecimal> amounts, LocalDate validFrom, LocalDate validUntil, String status,
            LocalDate signedOn, String signedBy, LocalDate cancelledOn, String cancelReason, long version) {

        static ConventionResponse of(Convention c) {
            return new ConventionResponse(c.id(), c.kind().name(), c.funderTenantId(), c.ownerTenantId(), c.requestId(),
                    c.contractId(), c.beneficiary(), c.amounts(), c.validFrom(), c.validUntil(), c.status().name(), c.signedOn(),
                    c.signedBy(), c.cancelledOn(), c.cancelReason(), c.version());
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/requests/{requestId}/convention")
    ResponseEntity<ConventionResponse> draft(@PathVariable UUID requestId, @Valid @RequestBody Draft d) {
        Convention c = conventions.draft(new FundingRequestId(requestId), d.beneficiary(), d.validFrom(), d.validUntil());
        return ResponseEntity.created(URI.create("/api/v1/funding/conventions/" + c.id())).eTag(Long.toString(c.version()))
                .body(ConventionResponse.of(c));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/conventions")
    ResponseEntity<ConventionResponse> framework(@Valid @RequestBody Framework f) {
        Convention c = conventions.recordFramework(f.contractId(), f.beneficiary(), f.validFrom(), f.validUntil(), f.signedOn());
        return ResponseEntity.created(URI.create("/api/v1/funding/conventions/" + c.id())).eTag(Long.toString(c.version()))
                .body(ConventionResponse.of(c));
    }

    @GetMapping("/conventions/{id}")
    ResponseEntity<ConventionResponse> get(@PathVariable UUID id) {
        return ok(conventions.get(id));
    }

    @GetMapping("/conventions")
    PageResponse<ConventionResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @Parameter(description = "Only conventions in this status: DRAFT, SIGNED or CANCELLED.")
            @RequestParam(required = false) ConventionStatus status,
            @Parameter(description = "Only conventions of this kind: FINANCIAL or FRAMEWORK.")
            @RequestParam(required = false) ConventionKind kind,
            @Parameter(description = "The funder tenant signing the conventions (e.g. cd-53).") @RequestParam(required = false)
            @Pattern(regexp = ListParameters.TENANT, message = "a tenant id") String funder,
            @Parameter(description = "Only the conventions on this contract.") @RequestParam(required = false) UUID contractId,
            @Parameter(description = "Conventions valid during this year (valid from … until).") @RequestParam(required = false)
            @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Conventions valid until a day strictly before this one (ISO date).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingBefore,
            @Parameter(description = ListParameters.CONTRACT_KIND) @RequestParam(required = false)
            @Pattern(regexp = ListParameters.KINDS, message = ListParameters.KINDS_MESSAGE) String contractKind,
            @Parameter(description = ListParameters.TERRITORY) @RequestParam(required = false)
            @Pattern(regexp = ListParameters.TERRITORY_CODE, message = ListParameters.TERRITORY_MESSAGE) String territory,
            @Parameter(description = ListParameters.COORDINATOR) @RequestParam(required = false) @Size(min = 1, max = 255)
            String coordinator,
            @Parameter(description = ListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = "field,asc|desc with field among validFrom, validUntil, signedOn, status, createdAt;"
                    + " newest first by default.") @RequestParam(required = false)
            @Pattern(regexp = ConventionFilter.SORT, message = "field,asc|desc with field among validFrom, validUntil,"
                    + " signedOn, status, createdAt") String sort) {
        ConventionFilter filter = new ConventionFilter(status, kind, funder, contractId, year, endingBefore,
                new ContractCriteria(contractKind, territory, coordinator, q));
        return PageResponse.of(conventions.list(filter, sort, page, size), ConventionResponse::of);
    }

    @GetMapping("/contracts/{contractId}/conventions")
    List<ConventionResponse> ofContract(@PathVariable UUID contractId) {
        return conventions.ofContract(contractId).stream().map(ConventionResponse::of).toList();
    }

    @PostMapping("/conventions/{id}/signature")
    ResponseEntity<ConventionResponse> sign(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) Signature s) {
        return ok(conventions.sign(id, IfMatch.version(ifMatch), s == null ? null : s.signedOn()));
    }

    @PutMapping("/conventions/{id}/amounts")
    ResponseEntity<ConventionResponse> amend(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody Amendment a) {
        return ok(conventions.amend(id, IfMatch.version(ifMatch), a.amountsByYear(), a.note()));
    }

    @PostMapping("/conventions/{id}/cancellation")
    ResponseEntity<ConventionResponse> cancel(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody Cancellation c) {
        return ok(conventions.cancel(id, IfMatch.version(ifMatch), c.reason()));
    }

    @GetMapping("/conventions/{id}/history")
    List<Conventions.HistoryEntry> history(@PathVariable UUID id) {
        return conventions.history(id);
    }

    @GetMapping("/conventions/{id}/payments")
    List<PaymentResponse> payments(@PathVariable UUID id) {
        return conventions.payments(id).stream().map(PaymentResponse::of).toList();
    }

    @PostMapping("/payments/{id}/paid")
    ResponseEntity<PaymentResponse> paid(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) Paid p) {
        Payment payment = conventions.markPaid(id, IfMatch.version(ifMatch), p == null ? null : p.paidOn());
        return ResponseEntity.ok().eTag(Long.toString(payment.version())).body(PaymentResponse.of(payment));
    }

    private static ResponseEntity<ConventionResponse> ok(Convention c) {
        return ResponseEntity.ok().eTag(Long.toString(c.version())).body(ConventionResponse.of(c));
    }
}
