package fr.cls.governance.body.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import fr.cls.governance.body.Bodies;
import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyFilter;
import fr.cls.governance.body.BodyId;
import fr.cls.governance.body.BodyKind;
import fr.cls.governance.body.BodyStatus;
import fr.cls.governance.body.Member;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.web.IfMatch;
import fr.cls.platform.web.PageResponse;

/** Bodies and their members. Updates take {@code If-Match} with the body's version; a stale one answers 409. */
@Validated
@RestController
@RequestMapping("/api/v1/governance/bodies")
class BodyController {

    private final Bodies bodies;

    BodyController(Bodies bodies) {
        this.bodies = bodies;
    }

    @GetMapping
    PageResponse<BodyResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size,
            @Parameter(description = BodyListParameters.CONTRACT) @RequestParam(required = false) UUID contractId,
            @Parameter(description = BodyListParameters.KIND) @RequestParam(required = false) BodyKind kind,
            @Parameter(description = BodyListParameters.STATUS) @RequestParam(required = false) BodyStatus status,
            @Parameter(description = BodyListParameters.DORMANT) @RequestParam(required = false) Boolean dormant,
            @Parameter(description = BodyListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = BodyListParameters.SORT) @RequestParam(required = false)
            @Pattern(regexp = BodyFilter.SORT, message = BodyListParameters.SORT_MESSAGE) String sort) {
        return PageResponse.of(bodies.page(new BodyFilter(contractId, kind, status, dormant, q), sort, page, size),
                BodyResponse::of);
    }

    /** CSV of the bodies of the list, with its filters and order: {@code columns=name,kind,status}. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@Parameter(description = BodyListParameters.COLUMNS) @RequestParam(required = false) List<String> columns,
            @Parameter(description = BodyListParameters.CONTRACT) @RequestParam(required = false) UUID contractId,
            @Parameter(description = BodyListParameters.KIND) @RequestParam(required = false) BodyKind kind,
            @Parameter(description = BodyListParameters.STATUS) @RequestParam(required = false) BodyStatus status,
            @Parameter(description = BodyListParameters.DORMANT) @RequestParam(required = false) Boolean dormant,
            @Parameter(description = BodyListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = BodyListParameters.SORT) @RequestParam(required = false)
            @Pattern(regexp = BodyFilter.SORT, message = BodyListParameters.SORT_MESSAGE) String sort,
            HttpServletResponse response) throws IOException {
        // Checked before the first byte: an unknown column must still answer a clean problem.
        Bodies.requireKnownColumns(columns);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"governance-bodies.csv\"");
        bodies.export(new BodyFilter(contractId, kind, status, dormant, q), sort, columns, response.getWriter());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<BodyResponse> create(@Valid @RequestBody BodyRequests.NewBody request) {
        Body body;
        if (request.kind() == BodyKind.CROSS_CONTRACT) {
            if (request.contractId() != null || request.name() == null || request.name().isBlank()) {
                throw new RuleViolationException("cross-contract-body",
                        "a cross-contract group has a name and no contractId");
            }
            body = bodies.createCrossContract(request.name(), request.quorum() == null ? null : request.quorum().toRule());
        } else {
            if (request.contractId() == null) {
                throw new RuleViolationException("contract-body", "a " + request.kind() + " belongs to a contract: give contractId",
                        request.kind());
            }
            body = bodies.createForContract(request.contractId(), request.kind(), request.name(),
                    request.quorum() == null ? null : request.quorum().toRule());
        }
        return ResponseEntity.created(URI.create("/api/v1/governance/bodies/" + body.id())).eTag(etag(body))
                .body(BodyResponse.of(body));
    }

    @GetMapping("/{id}")
    ResponseEntity<BodyResponse> get(@PathVariable UUID id) {
        return ok(bodies.get(new BodyId(id)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/members")
    ResponseEntity<BodyResponse> addMember(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody BodyRequests.NewMember request) {
        Member member = bodies.addMember(new BodyId(id), IfMatch.version(ifMatch), request.person(), request.organisation(),
                request.role(), request.voting(), request.substitute());
        Body body = bodies.get(new BodyId(id));
        return ResponseEntity.created(URI.create("/api/v1/governance/bodies/" + id + "/members/" + member.id()))
                .eTag(etag(body)).body(BodyResponse.of(body));
    }

    @PutMapping("/{id}/members/{memberId}")
    ResponseEntity<BodyResponse> nameMember(@PathVariable UUID id, @PathVariable UUID memberId,
            @RequestHeader(IfMatch.HEADER) String ifMatch, @Valid @RequestBody BodyRequests.MemberNaming request) {
        bodies.nameMember(new BodyId(id), memberId, IfMatch.version(ifMatch), request.person(), request.role(),
                request.voting(), request.substitute());
        return ok(bodies.get(new BodyId(id)));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<BodyResponse> removeMember(@PathVariable UUID id, @PathVariable UUID memberId,
            @RequestHeader(IfMatch.HEADER) String ifMatch) {
        bodies.removeMember(new BodyId(id), memberId, IfMatch.version(ifMatch));
        return ok(bodies.get(new BodyId(id)));
    }

    @PutMapping("/{id}/quorum")
    ResponseEntity<BodyResponse> changeQuorum(@PathVariable UUID id, @RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody BodyRequests.Quorum request) {
        bodies.changeQuorum(new BodyId(id), IfMatch.version(ifMatch), request.toRule());
        return ok(bodies.get(new BodyId(id)));
    }

    private static ResponseEntity<BodyResponse> ok(Body body) {
        return ResponseEntity.ok().eTag(etag(body)).body(BodyResponse.of(body));
    }

    private static String etag(Body body) {
        return Long.toString(body.version());
    }
}
