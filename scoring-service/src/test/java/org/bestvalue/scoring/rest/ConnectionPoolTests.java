package org.bestvalue.scoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bestvalue.eventkit.testing.TwoConnections;
import jakarta.inject.Inject;
import org.bestvalue.scoring.AsCiReviewer;
import org.bestvalue.scoring.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request holds at most one database connection at a time: more writes at once than the pool has connections
 * queue for them and all succeed. (A write whose Hibernate Reactive session held a connection from the start while
 * its command waited for another would, with every connection so held, wait until the pool gave up.)
 */
@QuarkusTest
@TestProfile(TwoConnections.class)
class ConnectionPoolTests {
    @Inject
    Fixtures fixtures;

    @Test
    @AsCiReviewer
    void moreScoresAtOnceThanThePoolHasConnectionsAreAllRecorded() throws Exception {
        String round = fixtures.roundWithReviewers(fixtures.assessment(Fixtures.COUNCIL));
        List<String> codes = List.of("CI001", "CI002", "CI003");
        ExecutorService clients = Executors.newFixedThreadPool(codes.size());
        try {
            List<Future<Integer>> answers = codes.stream().map(code -> clients.submit(() -> Http.put(Http.score(round, code), "0",
                    "{\"colour\":\"LIGHT_GREEN\",\"rationale\":\"Evidence supports the narrative\"}").extract().statusCode())).toList();
            for (Future<Integer> answer : answers) assertEquals(200, answer.get(20, TimeUnit.SECONDS));
        } finally {
            clients.shutdownNow();
        }
    }
}
