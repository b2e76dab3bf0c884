package fr.cls.funding.scheme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.cls.platform.context.TenantContext;

/**
 * Loads the seed tenants' published schemes (ARS Bretagne, Mayenne, ARS ARA) when they have none yet: a funder's
 * later versions are never overwritten. Off with {@code cls.funding.seed-schemes=false}.
 */
@Component
@ConditionalOnProperty(name = "cls.funding.seed-schemes", havingValue = "true", matchIfMissing = true)
class SeedSchemes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedSchemes.class);

    private final Schemes schemes;

    SeedSchemes(Schemes schemes) {
        this.schemes = schemes;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SchemeVersion version : SchemeJson.seeds()) {
            boolean loaded = TenantContext.callAs(version.tenantId(), () -> schemes.seed(version));
            if (loaded) {
                log.info("seed scheme {}/{} v{} loaded", version.tenantId(), version.schemeCode(), version.version());
            }
        }
    }
}
