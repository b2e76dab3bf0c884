package fr.cls.contract.tenant;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantKind;

/**
 * What a tenant entry must satisfy before it reaches every instance: an ARS for one of the 18 régions, a
 * département by its code, each at most once; issuers that tokens can be checked against; limits within bounds;
 * roles its kind may hold. Région and département codes: INSEE, code officiel géographique.
 */
final class TenantRules {

    /** The 18 régions, each with its ARS (INSEE codes). */
    static final Set<String> REGIONS = Set.of("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52",
            "53", "75", "76", "84", "93", "94");
    /** Metropolitan 01–95 (Corsica as 2A and 2B, no 20) and the overseas 971–974 and 976. */
    private static final Pattern DEPARTEMENT = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46]");
    static final int MAX_REQUESTS_PER_SECOND = 10_000;

    private final boolean httpIssuersAllowed;

    TenantRules(boolean httpIssuersAllowed) {
        this.httpIssuersAllowed = httpIssuersAllowed;
    }

    /** @param others the directory's other tenants, for the one-tenant-per-code rule */
    void check(Tenant tenant, Collection<Tenant> others) {
        checkIssuers(tenant.issuers());
        checkLimits(tenant.rateLimit());
        checkCode(tenant, others);
        for (String role : tenant.roles().stream().sorted().toList()) {
            if (!tenant.kind().roles().contains(role)) {
                throw new RuleViolationException("tenant-role-of-kind",
                        "a tenant of kind " + tenant.kind() + " may not hold " + role, role, tenant.kind());
            }
        }
        if (tenant.kind() == TenantKind.PLATFORM && !tenant.integrationClients().isEmpty()) {
            throw new RuleViolationException("tenant-integration-clients-kind",
                    "the platform tenant has no submission portal", tenant.kind());
        }
    }

    private void checkIssuers(List<String> issuers) {
        for (int i = 0; i < issuers.size(); i++) {
            String field = "issuers[" + i + "]";
            URI uri;
            try {
                uri = URI.create(issuers.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "tenant-issuer-url", "not a URL: " + issuers.get(i), issuers.get(i));
            }
            boolean https = "https".equals(uri.getScheme());
            boolean http = "http".equals(uri.getScheme()) && httpIssuersAllowed;
            if (!(https || http) || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new InvalidFieldException(field, "tenant-issuer-url",
                        "an issuer is an https URL without query or fragment: " + issuers.get(i), issuers.get(i));
            }
        }
    }

    private static void checkLimits(Tenant.RateLimit limit) {
        if (limit.requestsPerSecond() < 1 || limit.requestsPerSecond() > MAX_REQUESTS_PER_SECOND) {
            throw new InvalidFieldException("rateLimit.requestsPerSecond", "tenant-rate-limit",
                    "between 1 and " + MAX_REQUESTS_PER_SECOND, 1, MAX_REQUESTS_PER_SECOND);
        }
        if (limit.burst() < limit.requestsPerSecond() || limit.burst() > 10 * MAX_REQUESTS_PER_SECOND) {
            throw new InvalidFieldException("rateLimit.burst", "tenant-rate-limit-burst",
                    "at least requestsPerSecond (" + limit.requestsPerSecond() + ")", limit.requestsPerSecond());
        }
    }

    private static void checkCode(Tenant tenant, Collection<Tenant> others) {
        String code = tenant.inseeCode();
        boolean known = switch (tenant.kind()) {
            case PLATFORM -> code == null;
            case ARS -> code != null && REGIONS.contains(code);
            case DEPARTEMENT -> code != null && DEPARTEMENT.matcher(code).matches();
        };
        if (!known) {
            throw new RuleViolationException("tenant-insee-code",
                    "an ARS names its région's INSEE code, a département its own, the platform none: " + code,
                    String.valueOf(code), tenant.kind());
        }
        others.stream()
                .filter(o -> !o.id().equals(tenant.id()) && o.kind() == tenant.kind() && code != null
                        && code.equals(o.inseeCode()))
                .findFirst().ifPresent(o -> {
                    throw new RuleViolationException("tenant-insee-code-free",
                            o.id() + " is already the " + tenant.kind() + " of " + code, code, o.id());
                });
    }
}
