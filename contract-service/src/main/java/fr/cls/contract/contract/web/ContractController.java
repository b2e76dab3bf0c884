package fr.cls.contract.contract.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractFilter;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.ContractKind;
import fr.cls.contract.contract.ContractParty;
import fr.cls.contract.contract.ContractStatus;
import fr.cls.contract.contract.Contracts;
import io.swagger.v3.oas.annotations.Parameter;
import fr.cls.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/contracts")
@Validated
class ContractController {

    private final Contracts contracts;

    ContractController(Contracts contracts) {
        this.contracts = contracts;
    }

    /** Records a collectivité's letter of intent: the first step of every contract. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ContractResponse> initiate(@Valid @RequestBody InitiateContractRequest request) {
        Contract contract = contracts.initiate(request.kind(), request.title(), request.letterOfIntentReceivedOn());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id()))
                .eTag(Long.toString(contract.version()))
                .body(ContractResponse.of(contract));
    }

    /** Brings onto the platform a contract signed before it existed (an ARS's running contracts). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/imports")
    ResponseEntity<ContractResponse> importSigned(@Valid @RequestBody ImportContractRequest request) {
        Contract contract = contracts.importSigned(request.kind(), request.title(), request.status(),
                request.letterOfIntentReceivedOn(), request.startDate(), request.endDate(),
                request.signatories().stream().map(s -> new Contract.ImportedSignatory(s.organisation(), s.kind(), s.signedOn())).toList(),
                request.territoryPopulation(), request.axesOrNone());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id()))
                .eTag(Long.toString(contract.version()))
                .body(ContractResponse.of(contract));
    }

    @GetMapping("/{id}")
    ResponseEntity<ContractResponse> get(@PathVariable UUID id) {
        Contract contract = contracts.get(new ContractId(id));
        return ResponseEntity.ok().eTag(Long.toString(contract.version())).body(ContractResponse.of(contract));
    }

    /** Lists a tenant taking part in the contract (co-funder, signatory); only the owner may. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/parties")
    ResponseEntity<PartyResponse> addParty(@PathVariable UUID id, @Valid @RequestBody AddPartyRequest request) {
        ContractParty party = contracts.addParty(new ContractId(id), request.tenantId(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/parties/" + party.tenantId()))
                .body(PartyResponse.of(party));
    }

    @GetMapping("/{id}/parties")
    List<PartyResponse> parties(@PathVariable UUID id) {
        return contracts.parties(new ContractId(id)).stream().map(PartyResponse::of).toList();
    }

    @GetMapping
    PageResponse<ContractResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size,
            @Parameter(description = ContractListParameters.STATUS) @RequestParam(required = false) ContractStatus status,
            @Parameter(description = ContractListParameters.KIND) @RequestParam(required = false) ContractKind kind,
            @Parameter(description = ContractListParameters.COMMUNE) @RequestParam(required = false)
            @Pattern(regexp = ContractListParameters.COMMUNE_CODE, message = "an INSEE commune code (5 characters)") String commune,
            @Parameter(description = ContractListParameters.EPCI) @RequestParam(required = false)
            @Pattern(regexp = ContractListParameters.EPCI_CODE, message = "an EPCI SIREN (9 digits)") String epci,
            @Parameter(description = ContractListParameters.COORDINATOR) @RequestParam(required = false)
            @Size(min = 1, max = 255) String coordinator,
            @Parameter(description = ContractListParameters.YEAR) @RequestParam(required = false) @Range(min = 1900, max = 2200) Integer year,
            @Parameter(description = ContractListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = ContractListParameters.ENDING_BEFORE) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingBefore,
            @Parameter(description = ContractListParameters.SORT) @RequestParam(required = false)
            @Pattern(regexp = ContractFilter.SORT, message = ContractListParameters.SORT_MESSAGE) String sort) {
        ContractFilter filter = new ContractFilter(status, kind, commune, epci, coordinator, year, q, endingBefore);
        return PageResponse.of(contracts.list(filter, sort, page, size), ContractResponse::of);
    }
}
