package fr.cls.contract.contract.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.ContractParty;
import fr.cls.contract.contract.Contracts;
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
    @PostMapping
    ResponseEntity<ContractResponse> initiate(@Valid @RequestBody InitiateContractRequest request) {
        Contract contract = contracts.initiate(request.kind(), request.title(), request.letterOfIntentReceivedOn());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract.id()))
                .eTag(Long.toString(contract.version()))
                .body(ContractResponse.of(contract));
    }

    /** Brings onto the platform a contract signed before it existed (an ARS's running contracts). */
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
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        return PageResponse.of(contracts.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
                ContractResponse::of);
    }
}
