package fr.cls.contract.action.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import fr.cls.contract.action.ActionSheet;
import fr.cls.contract.action.Amendment;
import fr.cls.contract.action.AnnualReport;
import fr.cls.contract.action.Axis;
import fr.cls.contract.action.ContractActions;
import fr.cls.contract.action.Programming;
import fr.cls.contract.action.SignedVersion;
import fr.cls.contract.action.SignedVersions;
import fr.cls.contract.action.web.ActionResponses.AmendmentResponse;
import fr.cls.contract.action.web.ActionResponses.AxisResponse;
import fr.cls.contract.action.web.ActionResponses.ProgrammingResponse;
import fr.cls.contract.action.web.ActionResponses.ReportResponse;
import fr.cls.contract.action.web.ActionResponses.SheetResponse;
import fr.cls.contract.action.web.ActionResponses.SignedVersionResponse;
import fr.cls.contract.contract.ContractId;
import fr.cls.platform.web.IfMatch;

/**
 * What a contract plans and does. Updates take {@code If-Match} with the version (ETag) the caller saw; a stale
 * one answers 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
class ContractActionsController {

    private final ContractActions actions;
    private final SignedVersions signedVersions;
    private final JsonMapper json;

    ContractActionsController(ContractActions actions, SignedVersions signedVersions, JsonMapper json) {
        this.actions = actions;
        this.signedVersions = signedVersions;
        this.json = json;
    }

    /** The contract's tableau de bord: action sheets by status, budget, indicator progress. */
    @GetMapping("/dashboard")
    fr.cls.contract.action.ContractProgress dashboard(@PathVariable UUID id) {
        return actions.progress(new ContractId(id));
    }

    @GetMapping("/axes")
    List<AxisResponse> axes(@PathVariable UUID id) {
        return actions.axes(new ContractId(id)).stream().map(AxisResponse::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/axes")
    ResponseEntity<AxisResponse> addAxis(@PathVariable UUID id, @Valid @RequestBody ActionRequests.NewAxis body) {
        Axis axis = actions.addAxis(new ContractId(id), body.code(), body.title(), body.order());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/axes/" + axis.id()))
                .eTag(Long.toString(axis.version())).body(AxisResponse.of(axis));
    }

    @GetMapping("/action-sheets")
    List<SheetResponse> sheets(@PathVariable UUID id) {
        return actions.sheets(new ContractId(id)).stream().map(SheetResponse::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/action-sheets")
    ResponseEntity<SheetResponse> createSheet(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Sheet body) {
        ActionSheet sheet = actions.createSheet(new ContractId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/action-sheets/" + sheet.id()))
                .eTag(Long.toString(sheet.version())).body(SheetResponse.of(sheet));
    }

    @GetMapping("/action-sheets/{sheetId}")
    ResponseEntity<SheetResponse> sheet(@PathVariable UUID id, @PathVariable UUID sheetId) {
        return sheet(actions.sheet(new ContractId(id), sheetId));
    }

    @PutMapping("/action-sheets/{sheetId}")
    ResponseEntity<SheetResponse> editSheet(@PathVariable UUID id, @PathVariable UUID sheetId,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @Valid @RequestBody ActionRequests.Sheet body) {
        return sheet(actions.editSheet(new ContractId(id), sheetId, IfMatch.version(ifMatch), body.content()));
    }

    @PostMapping("/action-sheets/{sheetId}/measurements")
    ResponseEntity<SheetResponse> measure(@PathVariable UUID id, @PathVariable UUID sheetId,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @Valid @RequestBody ActionRequests.Measurement body) {
        return sheet(actions.measure(new ContractId(id), sheetId, IfMatch.version(ifMatch), body.indicator(), body.year(), body.value()));
    }

    @GetMapping("/programmings/{year}")
    ResponseEntity<ProgrammingResponse> programming(@PathVariable UUID id, @PathVariable int year) {
        return programming(actions.programming(new ContractId(id), year));
    }

    /** Drafts the year's programming, or replaces the sheets planned in the draft. */
    @PutMapping("/programmings/{year}")
    ResponseEntity<ProgrammingResponse> plan(@PathVariable UUID id, @PathVariable int year,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody ActionRequests.Planning body) {
        return programming(actions.plan(new ContractId(id), year, IfMatch.version(ifMatch), body.actionSheetIds()));
    }

    @PostMapping("/programmings/{year}/submission")
    ResponseEntity<ProgrammingResponse> submitProgramming(@PathVariable UUID id, @PathVariable int year,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @RequestBody(required = false) ActionRequests.Step body) {
        return programming(actions.submitProgramming(new ContractId(id), year, IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @GetMapping("/annual-reports/{year}")
    ResponseEntity<ReportResponse> report(@PathVariable UUID id, @PathVariable int year) {
        return report(actions.report(new ContractId(id), year));
    }

    /** Drafts the year's report, or rewrites the draft. */
    @PutMapping("/annual-reports/{year}")
    ResponseEntity<ReportResponse> writeReport(@PathVariable UUID id, @PathVariable int year,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody ActionRequests.Report body) {
        return report(actions.writeReport(new ContractId(id), year, IfMatch.version(ifMatch), body.achievements(), body.values(),
                body.creditsUsed()));
    }

    @PostMapping("/annual-reports/{year}/submission")
    ResponseEntity<ReportResponse> submitReport(@PathVariable UUID id, @PathVariable int year,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @RequestBody(required = false) ActionRequests.Step body) {
        return report(actions.submitReport(new ContractId(id), year, IfMatch.version(ifMatch), body == null ? null : body.on()));
    }

    @GetMapping("/amendments")
    List<AmendmentResponse> amendments(@PathVariable UUID id) {
        return actions.amendments(new ContractId(id)).stream().map(this::amendment).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/amendments")
    ResponseEntity<AmendmentResponse> amend(@PathVariable UUID id, @Valid @RequestBody ActionRequests.NewAmendment body) {
        Amendment amendment = actions.amend(new ContractId(id), body.changes(), body.signedOn());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/amendments/" + amendment.number()))
                .body(amendment(amendment));
    }

    /** The contract as signed, kept when it came into force; 404 before, and for tenants that do not take part. */
    @GetMapping("/signed-version")
    SignedVersionResponse signedVersion(@PathVariable UUID id) {
        SignedVersion v = signedVersions.of(new ContractId(id));
        return new SignedVersionResponse(v.contractId(), v.origin().name(), v.inForceOn(), json.readTree(v.snapshot()),
                v.recordedAt());
    }

    private AmendmentResponse amendment(Amendment a) {
        return new AmendmentResponse(a.id(), a.contractId(), a.number(), a.changes(), a.signedOn(),
                json.readTree(a.snapshot()), a.createdAt());
    }

    private static ResponseEntity<SheetResponse> sheet(ActionSheet sheet) {
        return ResponseEntity.ok().eTag(Long.toString(sheet.version())).body(SheetResponse.of(sheet));
    }

    private static ResponseEntity<ProgrammingResponse> programming(Programming p) {
        return ResponseEntity.ok().eTag(Long.toString(p.version())).body(ProgrammingResponse.of(p));
    }

    private static ResponseEntity<ReportResponse> report(AnnualReport r) {
        return ResponseEntity.ok().eTag(Long.toString(r.version())).body(ReportResponse.of(r));
    }
}
