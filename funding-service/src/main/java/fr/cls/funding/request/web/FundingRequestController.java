package fr.cls.funding.request.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.Simulations;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;
import fr.cls.platform.web.RuleViolationException;

/** Funding requests and simulations. Changes take {@code If-Match} with the request's version; a stale one gets 409. */
@RestController
@RequestMapping("/api/v1/funding")
class FundingRequestController {

    private final FundingRequests requests;
    private final Simulations simulations;

    FundingRequestController(FundingRequests requests, Simulations simulations) {
        this.requests = requests;
        this.simulations = simulations;
    }

    @PostMapping("/simulations")
    List<EvaluationResponse> simulate(@Valid @RequestBody RequestRequests.Simulation simulation) {
        return simulations.simulate(simulation.contractId(), simulation.amountsByYear(), simulation.ownShareByYear()).stream()
                .map(EvaluationResponse::of).toList();
    }

    /** 201 for a new request; 200 with the one already filed under the same portal reference with the same content, else 409. */
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
    PageResponse<FundingRequestResponse> list(Pageable pageable) {
        return PageResponse.of(requests.list(pageable), FundingRequestResponse::of);
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
