package fr.cls.contract.dashboard.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.ContractKind;
import fr.cls.contract.contract.ContractStatus;
import fr.cls.contract.dashboard.ContractDashboard;
import fr.cls.contract.dashboard.ContractExport;

@RestController
@RequestMapping("/api/v1/contracts")
@Validated
@PreAuthorize(DashboardController.FUNDER_STAFF)
class DashboardController {

    /** Tenant-wide figures are for the funders' staff, not for coordinators (confined to their contracts). */
    static final String FUNDER_STAFF = "hasAnyRole('ARS_AGENT', 'ARS_APPROVER', 'DEPARTEMENT_AGENT', 'DEPARTEMENT_APPROVER', 'PLATFORM_OPERATOR')";

    private final ContractDashboard dashboard;
    private final ContractExport export;

    DashboardController(ContractDashboard dashboard, ContractExport export) {
        this.dashboard = dashboard;
        this.export = export;
    }

    /** Contracts by kind and status, contracts in force ending within {@code endingWithinMonths}, population covered. */
    @GetMapping("/dashboard")
    ContractDashboard.Overview dashboard(@RequestParam(defaultValue = "6") @Min(1) @Max(60) int endingWithinMonths) {
        return dashboard.overview(endingWithinMonths);
    }

    /** CSV of the tenant's contracts: {@code columns=title,status,endDate}, optional {@code status} and {@code kind}. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@RequestParam(required = false) List<String> columns, @RequestParam(required = false) ContractStatus status,
            @RequestParam(required = false) ContractKind kind, HttpServletResponse response) throws IOException {
        // Checked before the first byte: an unknown column must still answer a clean 409 problem.
        List<String> unknown = columns == null ? List.of() : columns.stream().filter(c -> !ContractExport.COLUMN_NAMES.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new fr.cls.platform.web.RuleViolationException("known-columns",
                    "unknown columns " + unknown + "; choose among " + ContractExport.COLUMN_NAMES);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"contracts.csv\"");
        export.write(columns, status == null ? null : status.name(), kind == null ? null : kind.name(), response.getWriter());
    }
}
