package fr.cls.contract.dashboard.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.contract.ContractFilter;
import fr.cls.contract.contract.ContractKind;
import fr.cls.contract.contract.ContractStatus;
import fr.cls.contract.contract.web.ContractListParameters;
import fr.cls.contract.dashboard.ContractDashboard;
import fr.cls.contract.dashboard.ContractExport;
import fr.cls.platform.csv.CsvExport;
import fr.cls.platform.security.Roles;

/**
 * {@code @Validated}: a parameter out of its bounds or form answers a 400 problem naming it (the platform's handler of
 * ConstraintViolationException), as on the list of contracts.
 */
@Validated
@RestController
@RequestMapping("/api/v1/contracts")
@PreAuthorize(Roles.IS_FUNDER_STAFF_OR_OPERATOR)
class DashboardController {


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

    /** CSV of the tenant's contracts: {@code columns=title,status,endDate}, with the filters and sort of the list. */
    /** CSV of the tenant's contracts: {@code columns=title,status,endDate}, optional {@code status} and {@code kind}. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@RequestParam(required = false) List<String> columns,
            @Parameter(description = ContractListParameters.STATUS) @RequestParam(required = false) ContractStatus status,
            @Parameter(description = ContractListParameters.KIND) @RequestParam(required = false) ContractKind kind,
            @Parameter(description = ContractListParameters.COMMUNE) @RequestParam(required = false)
            @Pattern(regexp = ContractListParameters.COMMUNE_CODE, message = "an INSEE commune code (5 characters)") String commune,
            @Parameter(description = ContractListParameters.EPCI) @RequestParam(required = false)
            @Pattern(regexp = ContractListParameters.EPCI_CODE, message = "an EPCI SIREN (9 digits)") String epci,
            @Parameter(description = ContractListParameters.COORDINATOR) @RequestParam(required = false)
            @Size(min = 1, max = 255) String coordinator,
            @Parameter(description = ContractListParameters.YEAR) @RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
            @Parameter(description = ContractListParameters.Q) @RequestParam(required = false) @Size(min = 2, max = 100) String q,
            @Parameter(description = ContractListParameters.ENDING_BEFORE) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingBefore,
            @Parameter(description = "As the list's; by creation by default.") @RequestParam(required = false)
            @Pattern(regexp = ContractFilter.SORT, message = ContractListParameters.SORT_MESSAGE) String sort,
            HttpServletResponse response) throws IOException {
        csv(response, "contracts.csv", columns, ContractExport.COLUMN_NAMES);
        export.write(columns, new ContractFilter(status, kind, commune, epci, coordinator, year, q, endingBefore), sort,
                response.getWriter());
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
        CsvExport.requireKnown(columns, offered);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
