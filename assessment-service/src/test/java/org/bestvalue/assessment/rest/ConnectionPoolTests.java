package org.bestvalue.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bestvalue.eventkit.testing.TwoConnections;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request holds at most one database connection at a time: more reads at once than the pool has connections queue
 * for them and all answer. Each read here takes the event store (the reactive client) and the query tables (a
 * Hibernate Reactive session); a session held open from the start while the event store waited for a second
 * connection would, with every connection so held, wait until the pool gave up.
 */
@QuarkusTest
@TestProfile(TwoConnections.class)
@AsAuthor
class ConnectionPoolTests {
    @Inject
    Fixtures fixtures;

    @Test
    void moreReadsAtOnceThanThePoolHasConnectionsAllAnswer() throws Exception {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "CI011", "Our residents' survey shows rising satisfaction.");
        String narrative = "/cycles/" + cycle + "/narratives/CI011";
        List<String> reads = List.of(narrative + "/history", narrative + "/evidence", "/cycles/" + cycle + "/narratives",
                narrative + "/threads", narrative + "/history", narrative + "/evidence");
        ExecutorService clients = Executors.newFixedThreadPool(reads.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String path : reads) answers.add(clients.submit(() -> given().when().get(path).then().extract().statusCode()));
            for (Future<Integer> answer : answers) assertEquals(200, answer.get(20, TimeUnit.SECONDS));
        } finally {
            clients.shutdownNow();
        }
    }
}
