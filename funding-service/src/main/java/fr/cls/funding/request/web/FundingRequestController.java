package fr.cls.funding.request.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
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

import fr.cls.funding.profile.ContractCriteria;
import fr.cls.funding.profile.web.ListParameters;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.RequestFilter;
import fr.cls.funding.request.RequestStatus;
import fr.cls.funding.request.Simulations;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;

/** Funding requests and simulations. Changes take {@code If-Match} with the request's version; a stale one gets 409. */
@RestController
@Validated
@RequestMapping("/api/v1/funding")
class FundingRequestController {

    private final FundingRequests requests;
    private final Simulations simulations;

    FundingRequestController(FundingRequests requests, Simulations simulations) {
        this.requests = requests;
        this.simulations = simulations;
    }

    @Operation(summary = "What would this contract get from each funder taking part",
            description = "Every scheme of every funder taking part in the contract, evaluated rule by rule under the"
                    + " version in force on `asOf` (the day the request would be filed; absent: today, Europe/Paris)."
                    + " The filing date picks the version a request is judged by, and the request keeps it. A scheme"
                    + " closed on `asOf` (from its closing day included) is listed with `schemeClosedFrom` and one"
                    + " failed line `scheme-closed`, its rules not run. Every line names the scheme and its version.")
    @PostMapping("/simulations")
    List<EvaluationResponse> simulate(@Valid @RequestBody RequestRequests.Simulation simulation) {
        return simulations.simulate(simulation.contractId(), simulation.amountsByYear(), simulation.ownShareByYear(),
                simulation.asOf()).stream().map(EvaluationResponse::of).toList();
    }

    /** 201 for a new request; 200 with the one already filed under the same portal reference with the same content, else 409. */
    @Operation(summary = "File a funding request",
            description = "Judged by the version of the scheme in force on the filing date (today, Europe/Paris), which"
                    + " the request keeps through amendment, instruction and decision. Refused (409 `scheme-closed`) from"
                    + " the scheme's closing day included; `scheme-in-effect` before its first version starts. Every"
                    + " refusal names the scheme and the version that judged.")
    @ApiResponse(responseCode = "200", description = "the request already filed under the same portal reference with the same content (a replay)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/requests")
    ResponseEntity<FundingRequestResponse> submit(@Valid @RequestBody RequestRequests.Submission s) {
        FundingRequests.Filed filed = requests.submit(new FundingRequests.Filing(s.contractId(), s.funder(), s.schemeCode(),
                s.purpose(), s.amountsByYear(), s.ownShareByYear(), s.portalReference()));
        FundingRequest request = filed.request();
        ResponseEntity.BodyBuilder answer = filed.created()
                ? ResponseEntity.created(URI.create("/api/v1/funding/requests/" + request.id()))
                : ResponseEntity.ok();
        return answer.eTag(Long.toString(request.version())).body(FundingRequestResponse.of(request));
    }

    @GetMapping("/requests")
    PageResponse<FundingRequestResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @Parameter(description = "Only requests in this status (SUBMITTED, UNDER_INSTRUCTION, GRANTED, ...).")
            @RequestParam(required = false) RequestStatus status,
            @Parameter(description = "The funder tenant instructing the requests (e.g. cd-53).") @RequestParam(required = false)
            @Pattern(regexp = ListParameters.TENANT, message = "a tenant id") String funder,
            @Parameter(description = "Only the requests on this contract.") @RequestParam(required = false) UUID contractId,
            @Parameter(description = "Requests asking funding for this year.") @RequestParam(required = false)
            @Min(1900) @Max(2200) Integer year,
            @Parameter(description = ListParameters.CONTRACT_KIND) @RequestParam(required = false)
            @Pattern(regexp = ListParameters.KINDS, message = ListParameters.KINDS_MESSAGE) String contractKind,
            @Parameter(description = ListParameters.TERRITORY) @RequestParam(required = false)
            @Pattern(regexp = ListParameters.TERRITORY_CODE, message = ListParameters.TERRITORY_MESSAGE) String territory,
            @Parameter(description = ListParameters.COORDINATOR) @RequestParam(required = false) @Size(min = 1, max = 255)
            String coordinator,
            @Parameter(description = ListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = "field,asc|desc with field among submittedOn, createdAt, status, decidedOn; latest"
                    + " submitted first by default.") @RequestParam(required = false)
            @Pattern(regexp = RequestFilter.SORT, message = "field,asc|desc with field among submittedOn, createdAt, status,"
                    + " decidedOn") String sort) {
        RequestFilter filter = new RequestFilter(status, funder, contractId, year,
                new ContractCriteria(contractKind, territory, coordinator, q));
        return PageResponse.of(requests.list(filter, sort, page, size), FundingRequestResponse::of);
    }


    @GetMapping("/requests/waiting")
    PageResponse<FundingRequestResponse> waiting(Pageable pageable) {
        return PageResponse.of(requests.waiting(pageable), FundingRequestResponse::of);
    }

    @GetMapping("/contracts/{contractId}/requests")
    List<FundingRequestResponse> ofContract(@PathVariable UUID contractId) {
        return requests.ofContract(contractId).stream().map(FundingRequestResponse::of).toList();
    }

    @GetMapping("/requests/{id}")
    ResponseEntity<FundingRequestResponse> get(@PathVariable UUID id) {
        return ok(requests.get(new FundingRequestId(id)));
    }

    /** The request checked rule by rule on today's facts, as its instructor sees it (points of attention flagged). */
    @GetMapping("/requests/{id}/evaluation")
    EvaluationResponse evaluation(@PathVariable UUID id) {
        return EvaluationResponse.of(requests.evaluation(new FundingRequestId(id)));
    }

    @Operation(summary = "Change a request's amounts before instruction",
            description = "Judged again by the scheme version the request was filed under, even if a newer one is in"
                    + " force or the scheme has closed since.")
    @PutMapping("/requests/{id}")
    ResponseEntity<FundingRequestResponse> amend(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody RequestRequests.Amendment a) {
        return ok(requests.amend(new FundingRequestId(id), IfMatch.version(ifMatch), a.purpose(), a.amountsByYear(), a.ownShareByYear()));
    }

    @PostMapping("/requests/{id}/instruction")
    ResponseEntity<FundingRequestResponse> instruct(@PathVariable UUID id,
            @RequestHeader(IfMatch.HEADER) String ifMatch) {
        return ok(requests.startInstruction(new FundingRequestId(id), IfMatch.version(ifMatch)));
    }

    @Operation(summary = "Grant or refuse a request (the funder's approver)",
            description = "The granted amounts are checked against the scheme version the request was filed under; a"
                    + " closing of the scheme since does not stop it. Refusals name the scheme and the version.")
    @PostMapping("/requests/{id}/decision")
    ResponseEntity<FundingRequestResponse> decide(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody RequestRequests.Decision decision) {
        FundingRequestId requestId = new FundingRequestId(id);
        if (decision.outcome() == RequestRequests.Outcome.REFUSED) {
            return ok(requests.refuse(requestId, IfMatch.version(ifMatch), decision.reasons()));
        }
        Map<Integer, java.math.BigDecimal> amounts = decision.amountsByYear();
        if (amounts == null || amounts.isEmpty()) {
            throw new RuleViolationException("granted-something", "a grant names its amounts per year (amountsByYear)");
        }
        return ok(requests.grant(requestId, IfMatch.version(ifMatch), amounts, decision.reasons()));
    }

    @PostMapping("/requests/{id}/withdrawal")
    ResponseEntity<FundingRequestResponse> withdraw(@PathVariable UUID id,
            @RequestHeader(IfMatch.HEADER) String ifMatch) {
        return ok(requests.withdraw(new FundingRequestId(id), IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<FundingRequestResponse> ok(FundingRequest request) {
        return ResponseEntity.ok().eTag(Long.toString(request.version())).body(FundingRequestResponse.of(request));
    }
}
