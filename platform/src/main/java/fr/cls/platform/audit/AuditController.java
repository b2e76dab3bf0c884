package fr.cls.platform.audit;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.csv.CsvFormat;
import fr.cls.platform.web.PageResponse;
import fr.cls.platform.security.Roles;

/**
 * The current tenant's audit trail, in every service: list, CSV export, chain verification. {@code from} and
 * {@code to} are ISO-8601 instants ({@code 2026-11-23T00:00:00Z}); {@code from} is inclusive, {@code to} exclusive.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize(Roles.IS_APPROVER_OR_OPERATOR)
class AuditController {

    static final List<String> CSV_COLUMNS = List.of("seq", "id", "occurred_at", "tenant_id", "subject", "roles",
            "action", "resource_type", "resource_id", "version_before", "version_after", "correlation_id", "key_id",
            "previous_hash", "hash", "issuer");
    private static final int MAX_PAGE_SIZE = 200;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** Newest first. The trailing-slash form is there for gateway routes that rewrite to {@code /api/v1/audit/}. */
    @GetMapping
    PageResponse<AuditEntryResponse> list(@RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return PageResponse.of(trail.find(filter(from, to, action), PageRequest.of(page, size)), AuditEntryResponse::of);
    }

    /** Oldest first (chain order), every column needed to recompute the chain elsewhere. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String action, HttpServletResponse response) throws IOException {
        AuditFilter filter = filter(from, to, action);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-" + TenantContext.require() + ".csv\"");
        Writer out = response.getWriter();
        out.write(CsvFormat.COMMA.line(CSV_COLUMNS));
        try {
            trail.forEach(filter, entry -> write(out, entry));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }

    private static void write(Writer out, AuditEntry e) {
        try {
            out.write(CsvFormat.COMMA.line(List.of(e.seq(), e.id(), e.occurredAt(), e.tenantId(), e.subject(), e.roles(),
                    e.action(), e.resourceType(), e.resourceId(), nullable(e.versionBefore()),
                    nullable(e.versionAfter()), e.correlationId(), e.keyId() == null ? "" : e.keyId(),
                    e.previousHash() == null ? "" : e.previousHash(), e.hash() == null ? "" : e.hash(), e.issuer() == null ? "" : e.issuer())));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Object nullable(Long value) {
        return value == null ? "" : value;
    }

    private static AuditFilter filter(Instant from, Instant to, String action) {
        try {
            return new AuditFilter(from, to, action);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
