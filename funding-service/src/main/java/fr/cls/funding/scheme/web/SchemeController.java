package fr.cls.funding.scheme.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.scheme.Scheme;
import fr.cls.funding.scheme.RuleTerm;
import fr.cls.funding.scheme.SchemeRule;
import fr.cls.funding.scheme.SchemeVersion;
import fr.cls.funding.scheme.Schemes;
import fr.cls.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;

/**
 * Financing schemes, the funders' public terms. Everyone reads every funder's schemes; a funder's approver creates
 * its own, publishes versions of them (rules as typed JSON, e.g. {@code {"type": "cap-per-year", "amount": 10000}},
 * possibly to start on a later day) and closes them from a day.
 */
@RestController
@RequestMapping("/api/v1/funding/schemes")
class SchemeController {

    private static final String SELECTION = " The filing date picks the version a request is judged by (the request keeps"
            + " it); a version applies from its effectiveFrom to its effectiveTo, both included. A version published to"
            + " start later shows as UPCOMING until its first day. A scheme closed from a day takes no request filed on"
            + " or after that day.";

    private final Schemes schemes;
    private final Clock clock;

    SchemeController(Schemes schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    record Creation(@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 63) String code,
            @NotBlank @Size(max = 200) String name, @Size(max = 2000) String source) {
    }

    /** {@code name} absent: the scheme's. {@code terms} per rule: ENFORCED (the default), ATTENTION or NOT_CHECKED, and why. */
    record Publication(@Size(max = 200) String name, @NotNull LocalDate effectiveFrom, @NotNull List<SchemeRule> rules,
            @Size(max = 2000) String source, @Size(max = 50) List<@jakarta.validation.Valid RuleTerm> terms) {
    }

    record Closing(@NotNull LocalDate closedFrom) {
    }

    @Operation(summary = "Published terms: one funder's versions, or every funder's in force and upcoming",
            description = "With `funder`, every version of its schemes (ended ones too); without, every funder's"
                    + " versions in force today (Europe/Paris) and those published to start later. Each version has its"
                    + " status today (UPCOMING, IN_FORCE, ENDED) and its scheme's closing day (`schemeClosedFrom`)."
                    + SELECTION)
    @GetMapping
    List<VersionResponse> list(@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,63}") String funder) {
        LocalDate today = LocalDate.now(clock);
        return (funder == null ? schemes.inEffectOrUpcoming(today) : schemes.of(funder)).stream()
                .map(p -> VersionResponse.of(p.version(), p.schemeClosedFrom(), today)).toList();
    }

    @Operation(summary = "One funder's scheme, its versions (newest first) and its closing day",
            description = "ETag: the scheme's revision, for If-Match when closing it." + SELECTION)
    @GetMapping("/{funder}/{code}")
    ResponseEntity<SchemeResponse> scheme(@PathVariable String funder, @PathVariable String code) {
        return ok(schemes.scheme(funder, code));
    }

    @Operation(summary = "Create a scheme of the caller's funder (approvers)",
            description = "A scheme has no version until one is published under its code; a code already used by the"
                    + " funder is refused (409 `scheme-code-unique`).")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<SchemeResponse> create(@Valid @RequestBody Creation c) {
        Scheme created = schemes.create(c.code(), c.name(), c.source());
        return ResponseEntity.created(location(created.tenantId(), created.code())).eTag(Long.toString(created.revision()))
                .body(SchemeResponse.of(created, LocalDate.now(clock)));
    }

    @Operation(summary = "Publish a version of one of the caller's schemes (approvers)",
            description = "404 for a code the funder has not created (POST /api/v1/funding/schemes first). The version"
                    + " starts on `effectiveFrom`, today or later: the version in force until then ends the day before."
                    + " Refused when the scheme is closed or closes on or before `effectiveFrom`." + SELECTION)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{code}/versions")
    ResponseEntity<VersionResponse> publish(@PathVariable String code, @Valid @RequestBody Publication p) {
        SchemeVersion published = schemes.publish(code, p.name(), p.effectiveFrom(), p.rules(), p.source(), p.terms());
        Scheme scheme = schemes.scheme(published.tenantId(), code);
        return ResponseEntity.created(location(published.tenantId(), code)).eTag(Long.toString(scheme.revision()))
                .body(VersionResponse.of(published, scheme.closedFrom(), LocalDate.now(clock)));
    }

    @Operation(summary = "Close one of the caller's schemes from a day (approvers)",
            description = "From `closedFrom` included (today or later), no request is filed under the scheme (409"
                    + " `scheme-closed`, naming the scheme and the day) and simulations on that day or later list it as"
                    + " closed; requests filed before run on (instruction, conventions, payments). A closing not yet in"
                    + " effect may be moved. If-Match: the scheme's ETag.")
    @PostMapping("/{code}/closing")
    ResponseEntity<SchemeResponse> close(@PathVariable String code,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody Closing closing) {
        return ok(schemes.close(code, closing.closedFrom(), IfMatch.version(ifMatch)));
    }

    private ResponseEntity<SchemeResponse> ok(Scheme scheme) {
        return ResponseEntity.ok().eTag(Long.toString(scheme.revision())).body(SchemeResponse.of(scheme, LocalDate.now(clock)));
    }

    private static URI location(String funder, String code) {
        return URI.create("/api/v1/funding/schemes/" + funder + "/" + code);
    }
}
