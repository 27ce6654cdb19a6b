package org.bestvalue.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordinary faults against the launched suite (real PostgreSQL, Kafka, Keycloak), each in the middle of
 * a scoring round of every characteristic: nothing acknowledged is lost, nothing is projected twice,
 * nothing transient is dead-lettered, and the heat-map converges. Each test prints its figures and
 * appends them to target/faults-report.txt. Runs last (it breaks the suite and mends it):
 * {@code mvn -Pe2e,faults -pl e2e-tests verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {
    static final Duration CONVERGE = Duration.ofSeconds(120);
    private static int year = 2040;

    @AfterEach
    void mend() {
        Parts.allowConnections("bv_reporting");
        Parts.revive();
    }

    @Test
    @Order(1)
    void aWritingServiceKilledMidRoundLosesNothingItAcknowledged() {
        check("scoring-service killed (kill -9) mid-round, restarted",
                outage(Duration.ofSeconds(4), () -> Parts.kill9("scoring-service"), Duration.ofSeconds(2), Parts::revive),
                Duration.ofMillis(150));
    }

    @Test
    @Order(2)
    void kafkaStoppedThirtySecondsMidRoundLosesNothing() {
        check("Kafka stopped 30 s mid-round",
                outage(Duration.ofSeconds(3), () -> Parts.stop("kafka"), Duration.ofSeconds(30), Parts::revive),
                Duration.ofMillis(450));
    }

    @Test
    @Order(3)
    void aConsumingServicesDatabaseRefusingConnectionsTenSecondsIsRetriedNotDeadLettered() {
        check("reporting's database refusing connections 10 s mid-round",
                outage(Duration.ofSeconds(3), () -> Parts.refuseConnections("bv_reporting"), Duration.ofSeconds(10),
                        () -> Parts.allowConnections("bv_reporting")),
                Duration.ofMillis(200));
    }

    @Test
    @Order(4)
    void aConsumingServicesSessionsEndedMidTransactionAreRetried() {
        check("reporting's sessions ended every 250 ms for 8 s mid-round", load -> {
            ScoringRoundLoad.sleep(Duration.ofSeconds(2));
            Instant until = Instant.now().plusSeconds(8);
            while (Instant.now().isBefore(until)) {
                Parts.endSessions("bv_reporting");
                ScoringRoundLoad.sleep(250);
            }
        }, Duration.ofMillis(120));
    }

    @Test
    @Order(5)
    void anOversizedChangeIsRefusedWholeAndPublishingGoesOn() {
        String big = "x".repeat(1_200_000);
        Http.Answer refused = Http.call("author", "POST", ScoringRoundLoad.ASSESSMENT + "/evidence",
                Map.of("title", "Oversized", "kind", "DOCUMENT", "reference", "REF-1", "date", "2024-05-01", "description", big), Map.of());
        assertTrue(refused.status() == 400 || refused.status() == 413, "refused with a 4xx: " + refused.status());
        assertTrue(refused.body().contains("\"field\""), "the problem names the field: " + refused.body());
        // The suite goes on: a round scored right after is published and projected whole.
        check("an oversized change refused (" + refused.status() + "), then a round", load -> { }, Duration.ofMillis(50));
    }

    interface Fault {
        void inject(ScoringRoundLoad load);
    }

    /** A fault that starts {@code after} into the round, lasts {@code length}, and is then mended. */
    private static Fault outage(Duration after, Runnable start, Duration length, Runnable mend) {
        return load -> {
            ScoringRoundLoad.sleep(after);
            start.run();
            ScoringRoundLoad.sleep(length);
            mend.run();
        };
    }

    private void check(String fault, Fault injection, Duration pace) {
        ScoringRoundLoad load = ScoringRoundLoad.prepare(year);
        year++;
        try (Ledger ledger = new Ledger()) {
            CompletableFuture<Void> faulting = CompletableFuture.runAsync(() -> injection.inject(load));
            load.run(pace, Duration.ofMinutes(4));
            faulting.join();
            Instant faultOver = Instant.now();

            Counts counts = assertNothingLostOrCountedTwice(load, ledger, faultOver);
            report("faults-report.txt", "FAULT ", String.format("%-62s %s", fault, counts));
        }
    }

    /** What a round under a fault came to, as the reports print it. */
    record Counts(int acknowledged, int committedUnacknowledged, int published, int records, int projected, int deadLettered,
                  Duration converged, int attempts) {
        @Override
        public String toString() {
            return String.format("acknowledged %2d (+%d committed, answer lost)  published %2d (%d records)  projected %2d  dead-lettered %d"
                            + "  converged %.1f s after the load ended  (%d attempts)", acknowledged, committedUnacknowledged, published, records,
                    projected, deadLettered, converged.toMillis() / 1000.0, attempts);
        }
    }

    /**
     * After a round under a fault: every acknowledged score is held by the scoring service with its colour,
     * published once (one event id per score), projected into reporting's heat-map exactly as held with each
     * cell counted once, and nothing of the cycle or round was dead-lettered.
     */
    static Counts assertNothingLostOrCountedTwice(ScoringRoundLoad load, Ledger ledger, Instant faultOver) {
        Map<String, String> scored = load.scoredInScoring();
        // Nothing acknowledged is lost: every 200 is in the scoring service, with its colour.
        load.acknowledged.forEach((code, colour) -> assertEquals(colour, scored.get(code), code + " acknowledged but not held"));
        assertEquals(load.characteristics.size(), scored.size(), "every characteristic scored once");

        // Published: every held score is on Kafka (at least once; copies share an event id).
        ledger.readUntil(seen -> codes(ledger.scoresRecorded(load.roundId)).containsAll(scored.keySet()), CONVERGE);
        List<JsonNode> recorded = ledger.scoresRecorded(load.roundId);
        Set<String> ids = new HashSet<>();
        recorded.forEach(e -> ids.add(e.path("id").asText()));
        assertEquals(scored.keySet(), codes(recorded), "every held score published");
        assertEquals(scored.size(), ids.size(), "one ScoreRecorded event per score");

        // Projected, once: the heat-map converges to exactly the held scores.
        Map<String, String> projected = ScoringRoundLoad.eventually("reporting shows every score", CONVERGE, () -> {
            Map<String, String> p = load.projectedInReporting();
            if (!p.equals(scored)) throw new AssertionError("projected " + p.size() + " of " + scored.size());
            return p;
        });
        Duration converged = Duration.between(faultOver, Instant.now());
        assertEquals(scored.size(), load.summaryTotal(), "the summary counts each cell once");

        // Nothing transient was dead-lettered.
        ledger.readUntil(seen -> false, Duration.ofSeconds(3));
        List<?> dead = ledger.deadLettersOf(load.cycleId, load.roundId);
        assertTrue(dead.isEmpty(), "dead letters: " + dead);
        return new Counts(load.acknowledged.size(), load.committedUnacknowledged.get(), ids.size(), recorded.size(), projected.size(),
                dead.size(), converged, load.attempts.get());
    }

    private static Set<String> codes(List<JsonNode> events) {
        Set<String> out = new HashSet<>();
        events.forEach(e -> out.add(e.path("data").path("characteristicCode").asText()));
        return out;
    }

    /** Prints the line and appends it to target/&lt;file&gt;. */
    static void report(String file, String prefix, String line) {
        System.out.println(prefix + line);
        try {
            Path path = Path.of("target", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
