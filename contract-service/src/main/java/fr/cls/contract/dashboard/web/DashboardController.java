package fr.cls.contract.dashboard.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.validator.constraints.Range;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.ContractKind;
import fr.cls.contract.contract.ContractStatus;
import fr.cls.contract.dashboard.ContractDashboard;
import fr.cls.contract.dashboard.ContractExport;

/**
 * No {@code @Validated} here: Spring MVC then checks the {@code @Min}/{@code @Max} parameters itself and a bad value
 * answers a 400 problem (the AOP validation's ConstraintViolationException had no handler and answered 500).
 */
@RestController
@RequestMapping("/api/v1/contracts")
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
    ContractDashboard.Overview dashboard(@RequestParam(defaultValue = "6") @Range(min = 1, max = 60) int endingWithinMonths) {
        return dashboard.overview(endingWithinMonths);
    }

    /** CSV of the tenant's contracts: {@code columns=title,status,endDate}, optional {@code status} and {@code kind}. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@RequestParam(required = false) List<String> columns, @RequestParam(required = false) ContractStatus status,
            @RequestParam(required = false) ContractKind kind, HttpServletResponse response) throws IOException {
        csv(response, "contracts.csv", columns, ContractExport.COLUMN_NAMES);
        export.write(columns, status == null ? null : status.name(), kind == null ? null : kind.name(), response.getWriter());
    }

    /** CSV of the contracts in force ending within {@code withinMonths} (the dashboard's list), with the chosen columns. */
    @GetMapping(value = "/export/ending-soon", produces = "text/csv")
    void endingSoon(@RequestParam(required = false) List<String> columns,
            @RequestParam(defaultValue = "6") @Range(min = 1, max = 60) int withinMonths, HttpServletResponse response) throws IOException {
        csv(response, "contracts-ending-soon.csv", columns, ContractExport.COLUMN_NAMES);
        export.writeEndingSoon(columns, withinMonths, response.getWriter());
    }

    /** CSV of the owner's contracts whose last annual report is overdue; columns as the export's, plus {@code reportYear}. */
    @GetMapping(value = "/export/reports-overdue", produces = "text/csv")
    void reportsOverdue(@RequestParam(required = false) List<String> columns, HttpServletResponse response) throws IOException {
        csv(response, "annual-reports-overdue.csv", columns, ContractExport.OVERDUE_COLUMN_NAMES);
        export.writeReportsOverdue(columns, response.getWriter());
    }

    /** Checked before the first byte: an unknown column must still answer a clean 409 problem. */
    private static void csv(HttpServletResponse response, String file, List<String> columns, Set<String> offered) {
        ContractExport.requireKnown(columns, offered);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
