package fr.cls.contract.funderplan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.contract.funderplan.FunderPlan;
import fr.cls.contract.funderplan.FunderPlans;

/**
 * Funders' plans, public terms: everyone lists them ({@code ?funder=cd-53} for one funder); a funder's approver
 * publishes its own. Action sheets reference them as {@code funder/code}.
 */
@RestController
@Validated
@RequestMapping("/api/v1/funder-plans")
class FunderPlanController {

    private final FunderPlans plans;

    FunderPlanController(FunderPlans plans) {
        this.plans = plans;
    }

    record Publication(@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
            @NotBlank @Size(max = 200) String name, @NotNull LocalDate periodStart, LocalDate periodEnd) {
    }

    record PlanResponse(String funder, String code, String reference, String name, LocalDate periodStart,
            LocalDate periodEnd) {

        static PlanResponse of(FunderPlan p) {
            return new PlanResponse(p.funder(), p.code(), p.reference(), p.name(), p.periodStart(), p.periodEnd());
        }
    }

    @GetMapping
    List<PlanResponse> list(@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,63}") String funder) {
        return plans.list(funder).stream().map(PlanResponse::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PlanResponse> publish(@Valid @RequestBody Publication p) {
        FunderPlan plan = plans.publish(p.code(), p.name(), p.periodStart(), p.periodEnd());
        return ResponseEntity.created(URI.create("/api/v1/funder-plans?funder=" + plan.funder())).body(PlanResponse.of(plan));
    }
}
