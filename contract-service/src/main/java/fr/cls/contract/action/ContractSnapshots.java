package fr.cls.contract.action;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.cls.contract.contract.Contract;

/**
 * The contract as it stands, as JSON text: its fields and territory, signatories, axes and action sheets. What an
 * amendment and the signed version keep, so that later edits never rewrite them.
 */
@Component
class ContractSnapshots {

    private final AxisRepository axes;
    private final ActionSheetRepository sheets;

    ContractSnapshots(AxisRepository axes, ActionSheetRepository sheets) {
        this.axes = axes;
        this.sheets = sheets;
    }

    String of(Contract c) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", c.id().value());
        contract.put("ownerTenantId", c.tenantId());
        contract.put("kind", c.kind().name());
        contract.put("title", c.title());
        contract.put("status", c.status().name());
        contract.put("generation", c.generation());
        contract.put("letterOfIntentReceivedOn", c.letterOfIntentReceivedOn());
        contract.put("agreementGivenOn", c.agreementGivenOn());
        contract.put("diagnosticMode", c.diagnosticMode() == null ? null : c.diagnosticMode().name());
        contract.put("diagnosticDeliveredOn", c.diagnosticDeliveredOn());
        contract.put("copilValidatedOn", c.copilValidatedOn());
        contract.put("territory", c.territory() == null ? null : Json.MAPPER.readTree(c.territory()));
        contract.put("territoryPopulation", c.territoryPopulation());
        contract.put("territoryDepartements", c.territoryDepartements());
        contract.put("territoryBeneficiary", c.territoryBeneficiary());
        contract.put("territoryEdition", c.territoryEdition());
        contract.put("startDate", c.startDate());
        contract.put("endDate", c.endDate());
        contract.put("version", c.version());
        contract.put("signatories", c.signatories().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("organisation", s.organisation());
            m.put("kind", s.kind().name());
            m.put("carrier", s.carrier());
            m.put("signedOn", s.signedOn());
            return m;
        }).toList());
        contract.put("axes", axes.findByContractIdOrderByPositionAscCodeAsc(c.id().value()).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("code", a.code());
            m.put("title", a.title());
            m.put("order", a.position());
            return m;
        }).toList());
        contract.put("actionSheets", sheets.findByContractIdOrderByTitle(c.id().value()).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("axisId", s.axisId());
            m.put("title", s.title());
            m.put("objective", s.objective());
            m.put("pilot", s.pilot());
            m.put("partners", s.partners());
            m.put("targetPublic", s.targetPublic());
            m.put("startDate", s.startDate());
            m.put("endDate", s.endDate());
            m.put("budget", s.budget());
            m.put("indicators", s.indicators());
            m.put("status", s.status().name());
            m.put("version", s.version());
            return m;
        }).toList());
        return Json.write(contract);
    }
}
