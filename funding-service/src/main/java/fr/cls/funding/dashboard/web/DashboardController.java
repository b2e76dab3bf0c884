package fr.cls.funding.dashboard.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.dashboard.DashboardCsv;
import fr.cls.funding.dashboard.FunderDashboard;
import fr.cls.funding.dashboard.FunderDashboards;
import fr.cls.funding.plan.web.InvalidQueryParameter;

/** The caller's tenant as a funder: {@code ?year=} limits the amounts, {@code ?expiringWithinMonths=} (1–60, default 3). */
@RestController
@RequestMapping("/api/v1/funding")
class DashboardController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FunderDashboards dashboards;

    DashboardController(FunderDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    FunderDashboard dashboard(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "3") int expiringWithinMonths) {
        return dashboards.of(checkedYear(year), checkedMonths(expiringWithinMonths));
    }

    @GetMapping(value = "/dashboard.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "3") int expiringWithinMonths) {
        FunderDashboard dashboard = dashboards.of(checkedYear(year), checkedMonths(expiringWithinMonths));
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"tableau-de-bord-" + dashboard.funder() + ".csv\"")
                .body(DashboardCsv.of(dashboard).getBytes(StandardCharsets.UTF_8));
    }

    private static Integer checkedYear(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidQueryParameter("year", "year-in-range", "year must be between 2000 and 2100 (was " + year + ")");
        }
        return year;
    }

    private static int checkedMonths(int months) {
        if (months < 1 || months > 60) {
            throw new InvalidQueryParameter("expiringWithinMonths", "months-in-range",
                    "expiringWithinMonths must be between 1 and 60 (was " + months + ")");
        }
        return months;
    }
}
