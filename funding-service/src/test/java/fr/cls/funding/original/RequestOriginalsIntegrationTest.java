package fr.cls.funding.original;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestPdfs;

/**
 * A funding request's signed convention: attached once the convention is signed, seen by the funder and the
 * contract's owner, by nobody else; a file that is not a PDF is refused and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class RequestOriginalsIntegrationTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void theSignedConventionIsUploadedOnceSignedAndSeenByTheFunderAndTheOwnerOnly() {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        UUID contract = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon", "EPCI", 28_594,
                List.of("53"), List.of("200048551"), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), List.of("cd-53"));
        HttpTestClient approver = fixtures.as("cd-53", Roles.DEPARTEMENT_APPROVER);
        HttpTestClient agent = fixtures.asPerson("agent.laval", "cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        var filed = owner.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year, 9_000)));
        String r = "/api/v1/funding/requests/" + filed.json().get("id").asString();
        String v = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        approver.with("If-Match", v).post(r + "/decision", Map.of("outcome", "GRANTED", "amountsByYear", Map.of(year, 9_000)));
        String c = "/api/v1/funding/conventions/" + approver.post(r + "/convention", Map.of("beneficiary", "CC du Pays de Craon",
                "validFrom", year + "-01-01", "validUntil", year + "-12-31")).json().get("id").asString();

        HttpTestClient.Response early = agent.postMultipart(r + "/originals", Map.of("kind", "SIGNED_CONVENTION"),
                "convention.pdf", "application/pdf", TestPdfs.signed("Convention"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().at("/violations/0/rule").asString()).isEqualTo("original-needs-signed-convention");
        HttpTestClient.Response notPdf = agent.postMultipart(r + "/originals", Map.of("kind", "DELIBERATION"),
                "deliberation.pdf", "application/pdf", TestPdfs.html());
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.json().at("/errors/0/rule").asString()).isEqualTo("original-not-pdf");
        HttpTestClient.Response wrongKind = agent.postMultipart(r + "/originals", Map.of("kind", "SIGNED_CONTRACT"),
                "contrat.pdf", "application/pdf", TestPdfs.signed("Contrat"));
        assertThat(wrongKind.json().at("/errors/0/rule").asString()).isEqualTo("original-kind-not-for-request");
        assertThat(stored(r)).isZero();

        fixtures.asPerson("signatory", "cd-53", Roles.DEPARTEMENT_APPROVER).with("If-Match", "0").post(c + "/signature", Map.of());
        byte[] pdf = TestPdfs.signed("Convention signée, Pays de Craon");
        HttpTestClient.Response uploaded = agent.postMultipart(r + "/originals",
                Map.of("kind", "SIGNED_CONVENTION", "title", "Convention signée"), "convention.pdf", "application/pdf", pdf);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("attachedTo").asString()).isEqualTo("convention:" + c.substring(c.lastIndexOf('/') + 1));
        assertThat(uploaded.json().get("uploadedBy").asString()).isEqualTo("agent.laval");
        String download = r + "/originals/" + uploaded.json().get("id").asString();
        assertThat(owner.download(download).bytes()).isEqualTo(pdf);
        assertThat(owner.get(r + "/originals").json().findValuesAsString("title")).containsExactly("Convention signée");
        assertThat(fixtures.as("ars-bretagne", Roles.ARS_AGENT).download(download).status()).isEqualTo(404);
        assertThat(fixtures.as("cd-35", Roles.DEPARTEMENT_AGENT).get(r + "/originals").status()).isEqualTo(404);
        assertThat(stored(r)).isEqualTo(1);
    }

    private long stored(String requestPath) {
        return OwnerDatabase.jdbc(dataSource, environment).queryForObject(
                "select count(*) from original_document where subject_id = cast(? as uuid)", Long.class,
                requestPath.substring(requestPath.lastIndexOf('/') + 1));
    }
}
