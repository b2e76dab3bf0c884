package fr.cls.contract.tenant.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.tenant.TenantDirectoryChanges;
import fr.cls.contract.tenant.TenantDraft;
import fr.cls.platform.web.IfMatch;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantKind;

/**
 * The platform operators' tenant directory: onboard a tenant, change its issuers, roles and limits, suspend and
 * reinstate it. Changes take effect on every instance within seconds (docs/operations.md, "Tenant directory").
 */
@RestController
@Validated
@RequestMapping("/api/v1/tenant-directory")
class TenantDirectoryController {

    private static final String ID = "[a-z0-9][a-z0-9-]{1,62}";

    private final TenantDirectoryChanges changes;

    TenantDirectoryController(TenantDirectoryChanges changes) {
        this.changes = changes;
    }

    record Limits(@Min(1) @Max(100_000) int requestsPerSecond, @Min(1) @Max(1_000_000) int burst) {
    }

    record Entry(@NotNull TenantKind kind, @NotBlank @Size(max = 200) String name,
            @Size(max = 3) @Pattern(regexp = "[0-9AB]{2,3}") String inseeCode,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 300) String> issuers,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String> integrationClients,
            @Valid Limits rateLimit, @Size(max = 10) Set<@NotBlank String> roles) {

        TenantDraft draft() {
            return new TenantDraft(kind, name, inseeCode, issuers, integrationClients,
                    rateLimit == null ? Tenant.RateLimit.DEFAULT
                            : new Tenant.RateLimit(rateLimit.requestsPerSecond(), rateLimit.burst()),
                    roles);
        }
    }

    record NewTenant(@NotNull @Pattern(regexp = ID) String id, @NotNull @Valid Entry entry) {
    }

    record TenantResponse(String id, String kind, String name, String inseeCode, List<String> issuers,
            List<String> integrationClients, Tenant.RateLimit rateLimit, List<String> roles, boolean suspended,
            long version) {

        static TenantResponse of(Tenant t) {
            return new TenantResponse(t.id(), t.kind().name(), t.name(), t.inseeCode(), t.issuers(),
                    t.integrationClients(), t.rateLimit(), t.roles().stream().sorted().toList(), t.suspended(),
                    t.version());
        }
    }

    @GetMapping
    List<TenantResponse> list() {
        return changes.list().stream().map(TenantResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<TenantResponse> get(@PathVariable @Pattern(regexp = ID) String id) {
        return ok(changes.get(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<TenantResponse> create(@Valid @RequestBody NewTenant body) {
        Tenant tenant = changes.create(body.id(), body.entry().draft());
        return ResponseEntity.created(URI.create("/api/v1/tenant-directory/" + tenant.id()))
                .eTag(Long.toString(tenant.version())).body(TenantResponse.of(tenant));
    }

    @PutMapping("/{id}")
    ResponseEntity<TenantResponse> change(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @Valid @RequestBody Entry body) {
        return ok(changes.change(id, IfMatch.version(ifMatch), body.draft()));
    }

    @PostMapping("/{id}/suspension")
    ResponseEntity<TenantResponse> suspend(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return ok(changes.suspend(id, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/{id}/suspension")
    ResponseEntity<TenantResponse> reinstate(@PathVariable @Pattern(regexp = ID) String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return ok(changes.reinstate(id, IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<TenantResponse> ok(Tenant tenant) {
        return ResponseEntity.ok().eTag(Long.toString(tenant.version())).body(TenantResponse.of(tenant));
    }
}
