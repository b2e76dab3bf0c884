package fr.cls.benchmarks.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * File a small funding request (10 € a year, ARS Bretagne's engineering scheme) on one of the prepared contracts,
 * as fast as {@code cls.bench.users} users get answers: every request runs the rules, the audit and the outbox.
 */
public class FileFundingRequestSimulation extends Simulation {

    List<String> contracts = Load.contractIds();
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    ScenarioBuilder filings = scenario("file funding requests").forever().on(
            CoreDsl.exec(session -> session.set("contract", contracts.get(ThreadLocalRandom.current().nextInt(contracts.size())))
                            .set("key", UUID.randomUUID().toString()))
                    .exec(http("POST /api/v1/funding/requests").post("/api/v1/funding/requests")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody("{\"contractId\":\"#{contract}\",\"funder\":\"ars-bretagne\","
                                    + "\"schemeCode\":\"ingenierie-territoriale\",\"purpose\":\"ENGINEERING\","
                                    + "\"amountsByYear\":{\"" + year + "\":10},\"ownShareByYear\":{\"" + year + "\":10}}"))
                            .check(status().is(201))));

    {
        setUp(filings.injectClosed(constantConcurrentUsers(Load.number(Load.USERS, 8)).during(Load.length())))
                .protocols(Load.protocol())
                .maxDuration(Load.length());
    }
}
