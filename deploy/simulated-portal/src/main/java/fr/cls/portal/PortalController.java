package fr.cls.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's faces: its status API (read by the platform's reconciliation), the webhook receiver, a JSON API to
 * file a dossier (for scripts and system tests) and a one-page UI.
 */
@RestController
class PortalController {

    private final DossierBook book;
    private final PlatformClient platform;
    private final WebhookSignature signature;
    private final JsonMapper json = JsonMapper.builder().build();

    PortalController(DossierBook book, PlatformClient platform, PortalProperties properties) {
        this.book = book;
        this.platform = platform;
        this.signature = new WebhookSignature(properties.webhookSecret());
    }

    record Filing(UUID contractId, String schemeCode, Integer year, BigDecimal amount, BigDecimal ownShare) {
    }

    record StatusLine(String portalReference, String status, long sequence) {
    }

    @GetMapping("/dossiers")
    List<StatusLine> statuses() {
        return book.all().stream().sorted(Comparator.comparing(DossierBook.Dossier::portalReference))
                .map(d -> new StatusLine(d.portalReference(), d.status(), d.sequence())).toList();
    }

    @GetMapping("/dossiers/{reference}")
    ResponseEntity<DossierBook.Dossier> dossier(@org.springframework.web.bind.annotation.PathVariable String reference) {
        return ResponseEntity.of(book.find(reference));
    }

    /** Files a dossier on the platform; answers the platform's status and body (its problem+json when refused). */
    @PostMapping("/api/dossiers")
    ResponseEntity<JsonNode> file(@RequestBody Filing filing) {
        String reference = book.nextReference();
        int year = filing.year() == null ? LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear() : filing.year();
        PlatformClient.Answer answer = platform.file(reference, filing.contractId(), filing.schemeCode(), year, filing.amount(),
                filing.ownShare() == null ? filing.amount() : filing.ownShare());
        if (answer.status() == 201 || answer.status() == 200) {
            book.filed(new DossierBook.Dossier(reference, filing.contractId(), filing.schemeCode(), year, filing.amount(),
                    answer.body().get("status").asString().equals("SUBMITTED") ? "RECEIVED" : answer.body().get("status").asString(),
                    answer.body().get("sequence").asLong()));
        }
        return ResponseEntity.status(answer.status()).body(answer.body());
    }

    /** The platform's signed webhook: the event envelope of a change of one of our dossiers. */
    @PostMapping("/webhooks")
    ResponseEntity<Void> webhook(@RequestHeader(value = "webhook-id", required = false) String id,
            @RequestHeader(value = "webhook-timestamp", required = false) String timestamp,
            @RequestHeader(value = "webhook-signature", required = false) String signatures, @RequestBody String body) {
        if (!signature.verify(id, timestamp, signatures, body, Instant.now())) {
            return ResponseEntity.status(401).build();
        }
        JsonNode event = json.readTree(body);
        JsonNode data = event.path("data");
        String reference = data.path("portalReference").asString(null);
        if (reference != null) {
            book.webhookReceived(reference);
            book.apply(reference, statusOf(event.path("type").asString(), data), data.path("sequence").asLong());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        StringBuilder rows = new StringBuilder();
        book.all().stream().sorted(Comparator.comparing(DossierBook.Dossier::portalReference)).forEach(d -> rows.append("<tr><td>")
                .append(HtmlUtils.htmlEscape(d.portalReference())).append("</td><td>").append(d.contractId()).append("</td><td>")
                .append(d.year()).append("</td><td>").append(d.amount()).append(" €</td><td><b>")
                .append(HtmlUtils.htmlEscape(d.status())).append("</b></td><td>").append(d.sequence()).append("</td></tr>"));
        return """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail de financement (simulé)</title>
                <meta http-equiv="refresh" content="5"></head><body style="font-family:sans-serif">
                <h1>Portail de financement — simulation</h1>
                <p>Les dossiers déposés sur la plateforme CLS et leur état, mis à jour par webhook et par le flux des changements.</p>
                <table border="1" cellpadding="4"><tr><th>Référence</th><th>Contrat</th><th>Année</th><th>Montant</th><th>État</th>
                <th>Séquence</th></tr>%s</table>
                <p>Déposer : <code>curl -X POST localhost:&lt;port&gt;/api/dossiers -H 'Content-Type: application/json'
                -d '{"contractId":"…","schemeCode":"cls","amount":20000,"ownShare":30000}'</code></p></body></html>
                """.formatted(rows);
    }

    static String statusOf(String type, JsonNode data) {
        return switch (type) {
            case "cls.funding.request-submitted.v1" -> "RECEIVED";
            case "cls.funding.request-instruction-started.v1" -> "UNDER_INSTRUCTION";
            case "cls.funding.request-decided.v1" -> data.path("outcome").asString();
            case "cls.funding.request-withdrawn.v1" -> "WITHDRAWN";
            case "cls.funding.convention-signed.v1" -> "CONVENTION_SIGNED";
            case "cls.funding.convention-amended.v1" -> "CONVENTION_AMENDED";
            case "cls.funding.convention-cancelled.v1" -> "CONVENTION_CANCELLED";
            case "cls.funding.payment-released.v1" -> "PAYMENT_RELEASED";
            case "cls.funding.payment-paid.v1" -> "PAYMENT_PAID";
            default -> type;
        };
    }
}
