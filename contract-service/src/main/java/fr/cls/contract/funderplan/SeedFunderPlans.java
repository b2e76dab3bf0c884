package fr.cls.contract.funderplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import fr.cls.platform.context.TenantContext;

/**
 * Loads the seed tenants' published plans (Département de la Mayenne) when missing; a plan already there is kept.
 * Off with {@code cls.contract.seed-funder-plans=false}.
 */
@Component
@ConditionalOnProperty(name = "cls.contract.seed-funder-plans", havingValue = "true", matchIfMissing = true)
class SeedFunderPlans implements ApplicationRunner {

    static final String RESOURCE = "/funder-plans/seed-funder-plans.json";

    private static final Logger log = LoggerFactory.getLogger(SeedFunderPlans.class);

    /** @param source where the plan's name and period come from, for whoever checks them */
    record Seed(String funder, String code, String name, LocalDate periodStart, LocalDate periodEnd, String source) {

        FunderPlan plan() {
            return new FunderPlan(funder, code, name, periodStart, periodEnd);
        }
    }

    private final FunderPlans plans;

    SeedFunderPlans(FunderPlans plans) {
        this.plans = plans;
    }

    static List<Seed> seeds() {
        try (InputStream json = SeedFunderPlans.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return JsonMapper.builder().build().readValue(json, new TypeReference<List<Seed>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Seed seed : seeds()) {
            FunderPlan plan = seed.plan();
            if (TenantContext.callAs(plan.funder(), () -> plans.seed(plan))) {
                log.info("seed funder plan {} loaded", plan.reference());
            }
        }
    }
}
