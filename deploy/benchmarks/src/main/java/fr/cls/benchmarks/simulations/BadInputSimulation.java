package fr.cls.benchmarks.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.core.ChainBuilder;

/**
 * Bad input at the same pace as the creations: each must be answered 4xx with a problem+json body. The suite checks
 * afterwards that no outbox row was written meanwhile (nothing was created).
 */
public class BadInputSimulation extends Simulation {

    /** Each with a key of its own: a key reused with another body is refused too, for another reason. */
    static ChainBuilder refused(String name, String path, String body) {
        return CoreDsl.exec(session -> session.set("key", UUID.randomUUID().toString()))
                .exec(http(name).post(path)
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody(body))
                        .check(status().in(400, 409, 413, 415, 422))
                        .check(header("Content-Type").transform(type -> type != null && type.startsWith("application/problem+json"))
                                .is(true)));
    }

    ScenarioBuilder hostile = scenario("bad input").forever().on(
            refused("contract without a title", "/api/v1/contracts", "{\"kind\":\"CLS\"}")
                    .exec(refused("contract of an unknown kind", "/api/v1/contracts", "{\"kind\":\"XYZ\",\"title\":\"t\"}"))
                    .exec(refused("malformed JSON", "/api/v1/contracts", "{\"kind\":\"CLS\",\"title\":"))
                    .exec(refused("funding request without amounts", "/api/v1/funding/requests",
                            "{\"contractId\":\"" + UUID.randomUUID() + "\",\"funder\":\"ars-bretagne\"}")));

    {
        setUp(hostile.injectClosed(constantConcurrentUsers(Load.number(Load.USERS, 8)).during(Load.length())))
                .protocols(Load.protocol())
                .maxDuration(Load.length());
    }
}
