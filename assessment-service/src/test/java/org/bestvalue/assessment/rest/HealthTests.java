package org.bestvalue.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Readiness without the messaging extension (the service consumes no channel): the kit's outbox relay, on the
 * Kafka client, reports that its last pass reached the broker and which topic it publishes to.
 */
@QuarkusTest
class HealthTests {

    @Test
    void readinessReportsTheOutboxRelayReachingKafka() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox-relay"))
                .body("checks.find { it.name == 'outbox-relay' }.data.topic", equalTo("bv.assessment.events"))
                .body("checks.find { it.name == 'outbox-relay' }.data.lastPass", notNullValue()));
    }
}
