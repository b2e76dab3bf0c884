package fr.cls.benchmarks.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * GET one contract, as fast as {@code cls.bench.users} users get answers (closed model: throughput), against
 * {@code cls.bench.base-url}: the gateway or contract-service itself, with the same token.
 */
public class GetContractSimulation extends Simulation {

    ScenarioBuilder reads = scenario("get one contract").forever().on(
            http("GET /api/v1/contracts/{id}").get("/api/v1/contracts/" + Load.property(Load.CONTRACT_ID))
                    .check(status().is(200)));

    {
        setUp(reads.injectClosed(constantConcurrentUsers(Load.number(Load.USERS, 8)).during(Load.length())))
                .protocols(Load.protocol())
                .maxDuration(Load.length());
    }
}
