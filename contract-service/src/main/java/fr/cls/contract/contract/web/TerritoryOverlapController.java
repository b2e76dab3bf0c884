package fr.cls.contract.contract.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.TerritoryOverlaps;

/** Warns the owner ARS of its other contracts on the same communes. */
@RestController
@RequestMapping("/api/v1/contracts/{id}/territory/overlaps")
class TerritoryOverlapController {

    private final TerritoryOverlaps overlaps;

    TerritoryOverlapController(TerritoryOverlaps overlaps) {
        this.overlaps = overlaps;
    }

    @GetMapping
    List<TerritoryOverlaps.Overlap> overlaps(@PathVariable UUID id) {
        return overlaps.of(new ContractId(id));
    }
}
