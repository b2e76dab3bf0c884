package fr.cls.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class TenantDirectoryTest {

    static final UnaryOperator<String> NO_PLACEHOLDERS = s -> s;

    @TempDir
    Path dir;

    @Test
    void theDemoDirectoryHasTheSeedTenantsAndMayennesArs() {
        TenantDirectory directory = new TenantDirectory(new ClassPathResource("cls-tenants.yml"),
                s -> s.replace("${CLS_IDP_ISSUER:http://127.0.0.1:9000}", "http://issuer.test"));

        assertThat(directory.all()).extracting(Tenant::id).contains("ars-bretagne", "cd-53", "ars-paca", "ars-ara",
                "ars-occitanie", "ars-pays-de-la-loire");
        assertThat(directory.find("cd-53")).get().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TenantKind.DEPARTEMENT);
            assertThat(t.inseeCode()).isEqualTo("53");
            assertThat(t.rateLimit().requestsPerSecond()).isEqualTo(20);
        });
        assertThat(directory.find("ars-ara")).get().extracting(Tenant::integrationClients).asList()
                .containsExactly("portal-ars-ara");
        assertThat(directory.isTrustedIssuer("http://issuer.test")).isTrue();
        assertThat(directory.isTrustedIssuer("http://elsewhere.test")).isFalse();
    }

    @Test
    void onboardingATenantIsAnEditOfTheFilePickedUpWithoutRestart() throws IOException {
        Path file = write("""
                tenants:
                  - {id: ars-bretagne, kind: ARS, name: ARS Bretagne, insee-code: "53", issuers: [http://a]}
                """, 1);
        TenantDirectory directory = new TenantDirectory(new FileSystemResource(file), NO_PLACEHOLDERS);
        assertThat(directory.find("cd-35")).isEmpty();

        write("""
                tenants:
                  - {id: ars-bretagne, kind: ARS, name: ARS Bretagne, insee-code: "53", issuers: [http://a]}
                  - {id: cd-35, kind: DEPARTEMENT, name: Ille-et-Vilaine, insee-code: "35", issuers: [http://b]}
                """, 2);
        directory.refresh();

        assertThat(directory.find("cd-35")).get().extracting(Tenant::issuers).asList().containsExactly("http://b");
    }

    @Test
    void aBrokenEditKeepsThePreviousDirectory() throws IOException {
        Path file = write("tenants:\n  - {id: ars-ara, kind: ARS, name: ARS ARA, issuers: [http://a]}\n", 1);
        TenantDirectory directory = new TenantDirectory(new FileSystemResource(file), NO_PLACEHOLDERS);

        write("tenants:\n  - {id: ars-ara, kind: NOT_A_KIND, name: x}\n", 2);
        directory.refresh();

        assertThat(directory.find("ars-ara")).isPresent();
    }

    @Test
    void refusesADirectoryListingATenantTwice() {
        assertThatThrownBy(() -> TenantDirectory.parse("""
                tenants:
                  - {id: cd-53, kind: DEPARTEMENT, name: Mayenne}
                  - {id: cd-53, kind: DEPARTEMENT, name: Mayenne again}
                """)).hasMessageContaining("cd-53 is listed twice");
    }

    private Path write(String content, int second) throws IOException {
        Path file = dir.resolve("tenants.yml");
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
        return file;
    }
}
