package fr.cls.funding.scheme.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.scheme.SchemeRule;
import fr.cls.funding.scheme.SchemeVersion;
import fr.cls.funding.scheme.Schemes;

/**
 * Financing schemes. Everyone reads every funder's published terms; a funder's approver publishes a new version of
 * its own, with its rules as typed JSON (e.g. {@code {"type": "cap-per-year", "amount": 10000}}).
 */
@RestController
@RequestMapping("/api/v1/funding/schemes")
class SchemeController {

    private final Schemes schemes;
    private final java.time.Clock clock;

    SchemeController(Schemes schemes, java.time.Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    record Publication(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effectiveFrom, @NotNull List<SchemeRule> rules,
            @Size(max = 2000) String source) {
    }

    /** One funder's versions (all of them), or every scheme in effect today. */
    @GetMapping
    List<SchemeVersion> list(@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,63}") String funder) {
        return funder == null ? schemes.allInEffect(LocalDate.now(clock)) : schemes.of(funder);
    }

    @GetMapping("/{funder}/{code}")
    List<SchemeVersion> versions(@PathVariable String funder, @PathVariable String code) {
        return schemes.versions(funder, code);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{code}/versions")
    ResponseEntity<SchemeVersion> publish(@PathVariable String code, @Valid @RequestBody Publication p) {
        SchemeVersion published = schemes.publish(code, p.name(), p.effectiveFrom(), p.rules(), p.source());
        return ResponseEntity.created(URI.create("/api/v1/funding/schemes/" + published.tenantId() + "/" + code))
                .body(published);
    }
}
