package fr.cls.contract.contract.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.Contracts;
import fr.cls.contract.contract.Signatory;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.ProblemMessages;

/**
 * One resource per lifecycle step (POST). An {@code If-Match} with the version the caller last saw refuses the
 * change if someone else changed the contract meanwhile. Illegal steps answer 409 naming the rule.
 */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
class ContractLifecycleController {

    private final Contracts contracts;
    private final ProblemMessages messages;

    ContractLifecycleController(Contracts contracts, ProblemMessages messages) {
        this.contracts = contracts;
        this.messages = messages;
    }

    /**
     * The next rule-checked step and the violations it would answer now, in the caller's language, as a 409 would
     * word them; read-only. {@code step} is null (and the list empty) when the status has none.
     */
    @GetMapping("/next-step")
    NextStepResponse nextStep(@PathVariable UUID id) {
        Contract.NextStep next = contracts.nextStep(new ContractId(id));
        if (next == null) {
            return new NextStepResponse(null, List.of());
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return new NextStepResponse(next.step(), next.blockers().stream()
                .map(v -> new NextStepResponse.Blocker(v.rule(), messages.violation(v, locale))).toList());
    }

    @PostMapping("/framing")
    ResponseEntity<ContractResponse> startFraming(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) LifecycleRequests.Step body) {
        return ok(contracts.startFraming(new ContractId(id), IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @PostMapping("/agreement")
    ResponseEntity<ContractResponse> giveAgreement(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody LifecycleRequests.Agreement body) {
        return ok(contracts.giveAgreement(new ContractId(id), IfMatch.version(ifMatch), body.diagnosticMode(), body.on()));
    }

    @PostMapping("/agreement-refusal")
    ResponseEntity<ContractResponse> refuseAgreement(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Reasoned body) {
        return ok(contracts.refuseAgreement(new ContractId(id), IfMatch.version(ifMatch), body.reason(), body.on()));
    }

    @PostMapping("/diagnostic")
    ResponseEntity<ContractResponse> deliverDiagnostic(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody LifecycleRequests.Diagnostic body) {
        return ok(contracts.deliverDiagnostic(new ContractId(id), IfMatch.version(ifMatch), Boolean.TRUE.equals(body.territoryPortrait()),
                Boolean.TRUE.equals(body.healthPortrait()), Boolean.TRUE.equals(body.resourcesPortrait()), body.on()));
    }

    @PostMapping("/coordinator")
    ResponseEntity<ContractResponse> assignCoordinator(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Coordinator body) {
        return ok(contracts.assignCoordinator(new ContractId(id), IfMatch.version(ifMatch), body.subject(), body.issuer()));
    }

    @PostMapping("/territory")
    ResponseEntity<ContractResponse> defineTerritory(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody fr.cls.contract.territory.Territories.TerritoryRequest body) {
        return ok(contracts.defineTerritory(new ContractId(id), IfMatch.version(ifMatch), body));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/signatories")
    ResponseEntity<SignatoryResponse> addSignatory(@PathVariable UUID id, @Valid @RequestBody LifecycleRequests.NewSignatory body) {
        Signatory signatory = contracts.addSignatory(new ContractId(id), body.organisation(), body.kind(), body.carries());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/signatories/" + signatory.id()))
                .body(SignatoryResponse.of(signatory));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/documents")
    ResponseEntity<DocumentResponse> addDocument(@PathVariable UUID id, @Valid @RequestBody LifecycleRequests.NewDocument body) {
        fr.cls.contract.contract.ContractDocument document = contracts.addDocument(new ContractId(id), body.title(), body.kind(),
                body.reference(), body.issuedOn());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/documents/" + document.id()))
                .body(DocumentResponse.of(document));
    }

    @GetMapping("/documents")
    List<DocumentResponse> documents(@PathVariable UUID id) {
        return contracts.documents(new ContractId(id)).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/signatories")
    List<SignatoryResponse> signatories(@PathVariable UUID id) {
        return contracts.signatories(new ContractId(id)).stream().map(SignatoryResponse::of).toList();
    }

    @PostMapping("/signatories/{signatoryId}/signature")
    SignatoryResponse recordSignature(@PathVariable UUID id, @PathVariable UUID signatoryId,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @RequestBody(required = false) LifecycleRequests.SignatureOfSignatory body) {
        return SignatoryResponse.of(contracts.recordSignature(new ContractId(id), IfMatch.version(ifMatch), signatoryId,
                body == null ? null : body.signedOn()));
    }

    @PostMapping("/submission")
    ResponseEntity<ContractResponse> submit(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) LifecycleRequests.Step body) {
        return ok(contracts.submitForSignature(new ContractId(id), IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @PostMapping("/signature")
    ResponseEntity<ContractResponse> sign(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Signature body) {
        return ok(contracts.sign(new ContractId(id), IfMatch.version(ifMatch), body.startDate(), body.endDate()));
    }

    @PostMapping("/evaluation")
    ResponseEntity<ContractResponse> startEvaluation(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) LifecycleRequests.Step body) {
        return ok(contracts.startEvaluation(new ContractId(id), IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @PostMapping("/closure")
    ResponseEntity<ContractResponse> close(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) LifecycleRequests.Step body) {
        return ok(contracts.close(new ContractId(id), IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @PostMapping("/abandonment")
    ResponseEntity<ContractResponse> abandon(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Reasoned body) {
        return ok(contracts.abandon(new ContractId(id), IfMatch.version(ifMatch), body.reason(), body.on()));
    }

    /** Answers the new generation (201, Location). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/renewal")
    ResponseEntity<ContractResponse> renew(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = false) LifecycleRequests.Step body) {
        return created(contracts.renew(new ContractId(id), IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    /** Answers the CLS the protocole d'accord became (201, Location). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/conversion")
    ResponseEntity<ContractResponse> convert(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody LifecycleRequests.Conversion body) {
        return created(contracts.convertToCls(new ContractId(id), IfMatch.version(ifMatch), body.diagnosticMode(), body.on()));
    }

    private static ResponseEntity<ContractResponse> ok(Contract contract) {
        return ResponseEntity.ok().eTag(Long.toString(contract.version())).body(ContractResponse.of(contract));
    }

    private static ResponseEntity<ContractResponse> created(Contract contract) {
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id()))
                .eTag(Long.toString(contract.version())).body(ContractResponse.of(contract));
    }
}
