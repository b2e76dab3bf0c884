package fr.cls.contract.paper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.cls.contract.action.ActionSheet;
import fr.cls.contract.action.AnnualReport;
import fr.cls.contract.action.ContractActions;
import fr.cls.contract.action.SignedVersion;
import fr.cls.contract.action.SignedVersions;
import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.ContractParty;
import fr.cls.contract.contract.Contracts;
import fr.cls.contract.paper.PaperViews.ContractHeader;
import fr.cls.contract.paper.PaperViews.Place;
import fr.cls.contract.paper.PaperViews.Territory;
import fr.cls.contract.territory.Territories;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/**
 * Assembles what a document shows, in one read-only transaction, through the services the JSON routes use, so a
 * document is seen by exactly who sees its subject (the owner, the parties, the contract's coordinator; 404 for
 * anyone else). The contract as signed and an amendment come from their kept snapshots, never from the contract as
 * it stands; only the names of the tenants taking part and the members' populations are looked up.
 */
@Component
class PaperModels {

    /**
     * What a document is made of: its template, whose letterhead (the owner ARS: its id and name), its title, file
     * name, the view, and the day it bears (the PDF's dates, so that the same data gives the same bytes).
     */
    record Draft(String template, String ownerTenantId, String issuer, String title, String fileName, Object view,
            LocalDate dated) {
    }

    private final Contracts contracts;
    private final ContractActions actions;
    private final SignedVersions signedVersions;
    private final Territories territories;
    private final TenantDirectory tenants;
    private final JsonMapper json;

    PaperModels(Contracts contracts, ContractActions actions, SignedVersions signedVersions, Territories territories,
            TenantDirectory tenants, JsonMapper json) {
        this.contracts = contracts;
        this.actions = actions;
        this.signedVersions = signedVersions;
        this.territories = territories;
        this.tenants = tenants;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Draft signedContract(ContractId id) {
        SignedVersion version = signedVersions.of(id);
        Contract contract = contracts.get(id);
        JsonNode snapshot = json.readTree(version.snapshot());
        List<PaperViews.Party> parties = contracts.parties(id).stream().map(this::party).toList();
        List<PaperViews.Axis> axes = axes(snapshot);
        BigDecimal total = axes.stream().flatMap(a -> a.sheets().stream()).map(PaperViews.Sheet::budget)
                .filter(b -> b != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        PaperViews.SignedContract view = new PaperViews.SignedContract(header(snapshot), version.origin().name(),
                version.inForceOn(), parties, territory(snapshot, contract.territoryEdition()), axes, total,
                signatories(snapshot));
        return new Draft("contract-signed", contract.tenantId(), view.contract().ars(),
                view.contract().title() + " — version signée", "contrat-signe-" + FileNames.slug(view.contract().title()) + ".pdf",
                view, view.contract().startDate() != null ? view.contract().startDate() : version.inForceOn());
    }

    @Transactional(readOnly = true)
    Draft amendment(ContractId id, int number) {
        Contract contract = contracts.get(id);
        fr.cls.contract.action.Amendment amendment = actions.amendments(id).stream().filter(a -> a.number() == number)
                .findFirst().orElseThrow(() -> new NotFoundException("amendment", id + "/" + number));
        JsonNode snapshot = json.readTree(amendment.snapshot());
        PaperViews.Amendment view = new PaperViews.Amendment(header(snapshot), amendment.number(), amendment.changes(),
                amendment.signedOn(), signatories(snapshot));
        return new Draft("contract-amendment", contract.tenantId(), arsName(contract.tenantId()),
                view.contract().title() + " — avenant n° " + number, "avenant-" + number + "-"
                + FileNames.slug(view.contract().title()) + ".pdf", view, amendment.signedOn());
    }

    @Transactional(readOnly = true)
    Draft annualReport(ContractId id, int year) {
        AnnualReport report = actions.report(id, year);
        Contract contract = contracts.get(id);
        Map<UUID, ActionSheet> sheets = new HashMap<>();
        actions.sheets(id).forEach(s -> sheets.put(s.id(), s));
        List<PaperViews.IndicatorValue> values = report.indicatorValues().stream().map(v -> {
            ActionSheet sheet = sheets.get(v.actionSheetId());
            fr.cls.contract.action.Indicator indicator = sheet == null ? null : sheet.indicators().stream()
                    .filter(i -> i.name().equalsIgnoreCase(v.indicator())).findFirst().orElse(null);
            return new PaperViews.IndicatorValue(sheet == null ? "" : sheet.title(), v.indicator(),
                    indicator == null ? null : indicator.unit(), indicator == null ? null : indicator.targetValue(), v.value());
        }).toList();
        ContractHeader header = new ContractHeader(contract.title(), contract.kind().name(), Labels.kind(contract.kind().name()),
                arsName(contract.tenantId()), contract.startDate(), contract.endDate());
        String status = report.adoptedOn() != null ? "ADOPTED" : report.status().name();
        PaperViews.AnnualReport view = new PaperViews.AnnualReport(header, year, status, Labels.reportStatus(status),
                report.achievements(), values, report.creditsUsed(), report.submittedOn(), report.adoptedOn());
        LocalDate dated = report.adoptedOn() != null ? report.adoptedOn()
                : report.submittedOn() != null ? report.submittedOn() : LocalDate.of(year, 12, 31);
        return new Draft("annual-report", contract.tenantId(), header.ars(), header.title() + " — bilan annuel " + year,
                "bilan-annuel-" + year + "-" + FileNames.slug(contract.title()) + ".pdf", view, dated);
    }

    private ContractHeader header(JsonNode snapshot) {
        String kind = text(snapshot, "kind");
        return new ContractHeader(text(snapshot, "title"), kind, Labels.kind(kind), arsName(text(snapshot, "ownerTenantId")),
                date(snapshot, "startDate"), date(snapshot, "endDate"));
    }

    /**
     * The members as listed (EPCI first, then communes), each with its INSEE population, resolved against the edition
     * the territory was signed with; the total is the one kept with the signature.
     */
    private Territory territory(JsonNode snapshot, String contractEdition) {
        Long population = snapshot.path("territoryPopulation").isNumber() ? snapshot.get("territoryPopulation").asLong() : null;
        JsonNode codes = snapshot.path("territory");
        String edition = text(snapshot, "territoryEdition") != null ? text(snapshot, "territoryEdition") : contractEdition;
        if (!codes.isObject()) {
            return new Territory(List.of(), population, null);
        }
        List<String> communes = strings(codes.path("communes"));
        List<String> epci = strings(codes.path("epci"));
        if (communes.isEmpty() && epci.isEmpty()) {
            return new Territory(List.of(), population, edition);
        }
        Territories.Territory resolved = territories.compute(new Territories.TerritoryRequest(communes, epci, edition));
        List<Place> members = resolved.members().stream()
                .map(m -> new Place(m.code(), m.name(), m.kind(), m.population())).toList();
        return new Territory(members, population != null ? population : resolved.population(), resolved.edition());
    }

    private List<PaperViews.Axis> axes(JsonNode snapshot) {
        Map<String, List<PaperViews.Sheet>> byAxis = new LinkedHashMap<>();
        for (JsonNode sheet : snapshot.path("actionSheets")) {
            List<PaperViews.Indicator> indicators = new ArrayList<>();
            for (JsonNode i : sheet.path("indicators")) {
                indicators.add(new PaperViews.Indicator(text(i, "name"), text(i, "unit"), decimal(i, "targetValue")));
            }
            byAxis.computeIfAbsent(text(sheet, "axisId"), k -> new ArrayList<>()).add(new PaperViews.Sheet(
                    text(sheet, "title"), text(sheet, "objective"), text(sheet, "pilot"), decimal(sheet, "budget"),
                    date(sheet, "startDate"), date(sheet, "endDate"), List.copyOf(indicators)));
        }
        List<PaperViews.Axis> axes = new ArrayList<>();
        for (JsonNode axis : snapshot.path("axes")) {
            axes.add(new PaperViews.Axis(text(axis, "code"), text(axis, "title"),
                    List.copyOf(byAxis.getOrDefault(text(axis, "id"), List.of()))));
        }
        return List.copyOf(axes);
    }

    private List<PaperViews.Signatory> signatories(JsonNode snapshot) {
        List<PaperViews.Signatory> signatories = new ArrayList<>();
        for (JsonNode s : snapshot.path("signatories")) {
            String kind = text(s, "kind");
            signatories.add(new PaperViews.Signatory(text(s, "organisation"), kind, Labels.signatoryKind(kind),
                    s.path("carrier").asBoolean(false), date(s, "signedOn")));
        }
        return List.copyOf(signatories);
    }

    private PaperViews.Party party(ContractParty party) {
        return new PaperViews.Party(tenants.find(party.tenantId()).map(Tenant::name).orElse(party.tenantId()),
                party.role().name(), Labels.partyRole(party.role().name()));
    }

    private String arsName(String tenantId) {
        return tenantId == null ? null : tenants.find(tenantId).map(Tenant::name).orElse(tenantId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : value.isString() ? new BigDecimal(value.asString()) : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return List.copyOf(values);
    }
}
