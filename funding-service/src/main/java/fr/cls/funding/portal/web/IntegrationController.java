package fr.cls.funding.portal.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

import fr.cls.funding.portal.Dossiers;
import fr.cls.funding.portal.PortalFeed;
import fr.cls.funding.portal.Reconciliations;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.Purpose;
import fr.cls.funding.request.YearAmounts;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.web.Euros;
import fr.cls.platform.web.IfMatch;

/**
 * The API a funder's submission portal calls (see docs/integration.md): dossiers by the portal's reference, the
 * feed of their changes, reconciliation reports.
 */
@RestController
@RequestMapping("/api/v1/integration")
class IntegrationController {

    private final Dossiers dossiers;
    private final PortalFeed feed;
    private final Reconciliations reconciliations;

    IntegrationController(Dossiers dossiers, PortalFeed feed, Reconciliations reconciliations) {
        this.dossiers = dossiers;
        this.feed = feed;
        this.reconciliations = reconciliations;
    }

    record AttachmentMetadata(@NotBlank @Size(max = 300) String name, @Size(max = 100) String mediaType, @Min(0) Long sizeBytes,
            @NotBlank @Size(max = 500) String reference) {
    }

    record NewDossier(@NotBlank @Size(max = 100) String portalReference, @NotNull UUID contractId, @NotBlank String schemeCode,
            @NotNull Purpose purpose, @NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            Map<Integer, @NotNull @Euros BigDecimal> ownShareByYear,
            @Valid @Size(max = 50) List<AttachmentMetadata> attachments) {
    }

    record DossierChange(Purpose purpose, @NotEmpty Map<Integer, @NotNull @Euros BigDecimal> amountsByYear,
            Map<Integer, @NotNull @Euros BigDecimal> ownShareByYear) {
    }

    /** What a portal shows its user about a dossier. */
    record DossierStatus(String portalReference, UUID requestId, UUID contractId, String status, long sequence,
            SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> granted, BigDecimal grantedTotal,
            String reasons, LocalDate decidedOn, long version, List<Dossiers.Attachment> attachments) {
    }

    record Feed(List<PortalFeed.Change> items, long nextCursor) {
    }

    /** 201 for a new dossier; 200 with the dossier already filed under the same reference with the same content, else 409. */
    @Operation(summary = "File a dossier (a funding request to the portal's funder)",
            description = "Judged by the version of the scheme in force on the filing date (today, Europe/Paris), which"
                    + " the dossier keeps; refused from the scheme's closing day included (409 `scheme-closed`). Every"
                    + " refusal names the scheme and the version that judged.")
    @ApiResponse(responseCode = "200", description = "the dossier already filed under the same reference with the same content (a replay)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/dossiers")
    ResponseEntity<DossierStatus> file(@Valid @RequestBody NewDossier d) {
        FundingRequests.Filed filed = dossiers.file(new Dossiers.Dossier(d.portalReference(), d.contractId(), d.schemeCode(),
                d.purpose(), d.amountsByYear(), d.ownShareByYear(), d.attachments() == null ? List.of() : d.attachments().stream()
                        .map(a -> new Dossiers.Attachment(a.name(), a.mediaType(), a.sizeBytes(), a.reference())).toList()));
        ResponseEntity.BodyBuilder answer = filed.created()
                ? ResponseEntity.created(URI.create("/api/v1/integration/dossiers/" + d.portalReference()))
                : ResponseEntity.ok();
        return answer.eTag(Long.toString(filed.request().version())).body(status(filed.request()));
    }

    @GetMapping("/dossiers/{reference}")
    ResponseEntity<DossierStatus> get(@PathVariable String reference) {
        return ok(dossiers.get(reference));
    }

    @Operation(summary = "Change a dossier's amounts before instruction",
            description = "Judged again by the scheme version the dossier was filed under, even if a newer one is in force"
                    + " or the scheme has closed since.")
    @PutMapping("/dossiers/{reference}")
    ResponseEntity<DossierStatus> amend(@PathVariable String reference, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody DossierChange change) {
        return ok(dossiers.amend(reference, IfMatch.version(ifMatch), change.purpose(), change.amountsByYear(), change.ownShareByYear()));
    }

    @PostMapping("/dossiers/{reference}/withdrawal")
    ResponseEntity<DossierStatus> withdraw(@PathVariable String reference,
            @RequestHeader(IfMatch.HEADER) String ifMatch) {
        return ok(dossiers.withdraw(reference, IfMatch.version(ifMatch)));
    }

    /** Everything after the cursor (0 for the beginning), oldest first; poll again with {@code nextCursor}. */
    @GetMapping("/changes")
    Feed changes(@RequestParam(defaultValue = "0") @Min(0) long since, @RequestParam(defaultValue = "100") @Range(min = 1, max = 500) int limit) {
        List<PortalFeed.Change> items = feed.since(since, limit);
        return new Feed(items, items.isEmpty() ? since : items.get(items.size() - 1).cursor());
    }

    @PostMapping("/reconciliations")
    Reconciliations.Report reconcile() {
        return reconciliations.runNow();
    }

    @ApiResponse(responseCode = "200", description = "the latest reconciliation report", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "no reconciliation has run yet")
    @GetMapping("/reconciliations/latest")
    Reconciliations.Report latest() {
        return reconciliations.latest().orElseThrow(() -> new NotFoundException("reconciliation report", "latest"));
    }

    private ResponseEntity<DossierStatus> ok(FundingRequest request) {
        return ResponseEntity.ok().eTag(Long.toString(request.version())).body(status(request));
    }

    private DossierStatus status(FundingRequest r) {
        return new DossierStatus(r.portalReference(), r.id().value(), r.contractId(), r.status().name(), r.sequence(), r.requested(),
                r.granted(), YearAmounts.total(r.granted()), r.reasons(), r.decidedOn(), r.version(),
                dossiers.attachments(r.portalReference()));
    }
}
