package fr.cls.platform.test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistrar;

import fr.cls.identity.test.TestIssuer;
import fr.cls.tenancy.TenantDirectory;

/**
 * Import (with {@link TestInfrastructure}) for a context whose tenants trust a second issuer besides the test one:
 * the directory is the test resource named by {@value #TENANTS_FILE}, where that issuer is
 * {@code ${cls.test.second-issuer}}. Autowire the {@link TestIssuer} to sign as it; it stops with the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TwoIssuers {

    public static final String TENANTS_FILE = "cls.test.tenants-file";

    @Bean(destroyMethod = "close")
    TestIssuer secondIssuer() {
        return TestIssuer.untrusted();
    }

    @Bean
    DynamicPropertyRegistrar secondIssuerAddress(TestIssuer secondIssuer) {
        return registry -> registry.add("cls.test.second-issuer", secondIssuer::issuer);
    }

    /** Replaces the shared test directory for this context only. */
    @Bean
    @Primary
    TenantDirectory twoIssuerDirectory(Environment environment, @Value("${" + TENANTS_FILE + "}") String file,
            TestIssuer secondIssuer) {
        return new TenantDirectory(new ClassPathResource(file), environment::resolveRequiredPlaceholders);
    }
}
