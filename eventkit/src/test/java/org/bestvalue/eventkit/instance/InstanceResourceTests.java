package org.bestvalue.eventkit.instance;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.bestvalue.eventkit.relay.OutboxRelay;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** GET /admin/instance: this instance's share of the work, for the operator only. */
@QuarkusTest
class InstanceResourceTests {
    @Inject
    OutboxRelay relay;

    @Test
    @AsOperator
    void theOperatorSeesThePartitionsThisInstanceConsumesAndWhetherItsRelayHoldsTheLock() {
        // The only instance of the test's consumer group gets every partition of its topic.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/admin/instance").then().statusCode(200)
                .body("partitions.'kit.test.in'", contains(0, 1, 2)));
        relay.relayOnce();
        given().get("/admin/instance").then().statusCode(200)
                .body("service", equalTo("eventkit"))
                .body("pid", equalTo((int) ProcessHandle.current().pid()))
                .body("instance", notNullValue())
                .body("relay.topic", equalTo("kit.test.events"))
                .body("relay.holdsLock", equalTo(true))
                .body("relay.lockLastHeldAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "planner-1", roles = {"planner", "admin"})
    void noCouncilRoleMaySeeIt() {
        given().get("/admin/instance").then().spec(problem(403, "forbidden"));
    }
}
