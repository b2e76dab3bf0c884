package fr.cls.contract.territory.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.territory.Territories;
import fr.cls.platform.web.PageResponse;

/** Public reference data (INSEE), readable by any authenticated caller. */
@RestController
@RequestMapping("/api/v1/territories")
@Validated
class TerritoryController {

    private final Territories territories;

    TerritoryController(Territories territories) {
        this.territories = territories;
    }

    /** By name (accents and case ignored) or INSEE code prefix, optionally in one département. */
    @GetMapping("/communes")
    PageResponse<Territories.Place> communes(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 3) String departement,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        return PageResponse.of(territories.searchCommunes(q, departement, PageRequest.of(page, size)), p -> p);
    }

    /** By name or SIREN code prefix, optionally having communes in one département. */
    @GetMapping("/epci")
    PageResponse<Territories.Place> epci(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 3) String departement,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size) {
        return PageResponse.of(territories.searchEpci(q, departement, PageRequest.of(page, size)), p -> p);
    }

    @GetMapping("/epci/{code}")
    Territories.EpciDetail epci(@PathVariable String code) {
        return territories.epci(code);
    }

    /** The population, départements and régions of a set of communes and EPCI. */
    @PostMapping("/compute")
    Territories.Territory compute(@RequestBody Territories.TerritoryRequest request) {
        return territories.compute(request);
    }
}
