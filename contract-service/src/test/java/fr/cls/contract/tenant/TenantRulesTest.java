package fr.cls.contract.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantKind;

/** What a tenant entry must satisfy: codes by kind, https issuers, bounded limits, roles of its kind. */
class TenantRulesTest {

    private final TenantRules rules = new TenantRules(false);

    @Test
    void anArsNamesOneOfTheEighteenRegionsAndADepartementItsOwnCode() {
        assertThat(TenantRules.REGIONS).hasSize(18);
        assertThatCode(() -> rules.check(tenant(TenantKind.ARS, "94", "https://idp.ars-corse.fr"), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(tenant(TenantKind.DEPARTEMENT, "2A", "https://idp.fr"), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(tenant(TenantKind.DEPARTEMENT, "976", "https://idp.fr"), List.of()))
                .doesNotThrowAnyException();
        for (String code : List.of("20", "96", "975", "00")) {
            assertThatThrownBy(() -> rules.check(tenant(TenantKind.DEPARTEMENT, code, "https://idp.fr"), List.of()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.violations().get(0).rule()).isEqualTo("tenant-insee-code"));
        }
        assertThatThrownBy(() -> rules.check(tenant(TenantKind.PLATFORM, "53", "https://idp.fr"), List.of()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnIssuerThatIsNotHttpsUnlessTheDeploymentAllowsIt() {
        assertThatThrownBy(() -> rules.check(tenant(TenantKind.ARS, "53", "http://idp.example.fr"), List.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("issuers[0]");
                    assertThat(e.rule()).isEqualTo("tenant-issuer-url");
                });
        assertThatCode(() -> new TenantRules(true).check(tenant(TenantKind.ARS, "53", "http://keycloak:8080/realms/ars"),
                List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.check(tenant(TenantKind.ARS, "53", "https://idp.fr/?q=1"), List.of()))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void oneTenantPerKindAndCode() {
        Tenant existing = tenant(TenantKind.ARS, "53", "https://idp.fr");
        Tenant other = new Tenant("ars-bzh", TenantKind.ARS, "Other", "53", List.of("https://idp.fr"), null, List.of());

        assertThatThrownBy(() -> rules.check(other, List.of(existing)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("tenant-insee-code-free"));
        assertThatCode(() -> rules.check(existing, List.of(existing))).doesNotThrowAnyException();
    }

    @Test
    void refusesRolesOutsideTheKindAndPortalsForThePlatform() {
        Tenant arsWithDepartementRole = new Tenant("ars-x", TenantKind.ARS, "X", "53", List.of("https://idp.fr"), null,
                List.of(), Set.of("DEPARTEMENT_AGENT"), false, 1);
        Tenant platformWithPortal = new Tenant("platform-2", TenantKind.PLATFORM, "Ops", null, List.of("https://idp.fr"),
                null, List.of("portal"));

        assertThatThrownBy(() -> rules.check(arsWithDepartementRole, List.of())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> rules.check(platformWithPortal, List.of())).isInstanceOf(RuleViolationException.class);
    }

    private static Tenant tenant(TenantKind kind, String code, String issuer) {
        return new Tenant("t-" + kind.name().toLowerCase(), kind, "T", code, List.of(issuer), new Tenant.RateLimit(10, 20),
                List.of());
    }
}
