package fr.cls.benchmarks.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * POST a contract through the gateway, each with its own Idempotency-Key. With {@code cls.bench.rate} set: an open
 * model at that many creations a second (latency at a given rate, and the soak); without: as fast as
 * {@code cls.bench.users} users get answers (the maximum rate).
 */
public class CreateContractSimulation extends Simulation {

    static final ChainBuilder CREATE = CoreDsl.exec(session -> session.set("key", UUID.randomUUID().toString()))
            .exec(http("POST /api/v1/contracts").post("/api/v1/contracts")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"kind\":\"CLS\",\"title\":\"CLS de benchmark #{key}\"}"))
                    .check(status().is(201)));

    {
        int rate = Load.number(Load.RATE, 0);
        if (rate > 0) {
            ScenarioBuilder creations = scenario("create contracts at " + rate + "/s").exec(CREATE);
            setUp(creations.injectOpen(constantUsersPerSec(rate).during(Load.length())))
                    .protocols(Load.protocol());
        } else {
            ScenarioBuilder creations = scenario("create contracts").forever().on(CREATE);
            setUp(creations.injectClosed(constantConcurrentUsers(Load.number(Load.USERS, 8)).during(Load.length())))
                    .protocols(Load.protocol())
                    .maxDuration(Load.length());
        }
    }
}
