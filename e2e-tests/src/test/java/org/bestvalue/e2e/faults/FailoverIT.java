package org.bestvalue.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.e2e.Suite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of every service behind the edge; mid-round, one instance of each is killed (kill -9). The
 * survivors take over the dead one's Kafka partitions and the outbox relay (seen in their GET /admin/instance),
 * the edge sends the requests to them, and nothing acknowledged is lost or counted twice. Prints the
 * rebalancing time (kill → the survivor holds every partition) and the counts to target/scaleout-report.txt.
 * Needs the suite with two instances of each service ({@code deploy/suite scale 2}); leaves the killed instances
 * dead ({@code deploy/suite revive} brings them back): {@code mvn -Pe2e,scaleout -pl e2e-tests verify}.
 */
class FailoverIT {

    /** One instance's GET /admin/instance, as the operator reads it. */
    record Share(String part, Map<String, List<Integer>> partitions, boolean holdsLock, Instant lockLastHeldAt) {
        int partitionCount() {
            return partitions.values().stream().mapToInt(List::size).sum();
        }
    }

    /** scoring-service-2 answers on 8092: the launcher's scheme (service port + 10 per instance after the first). */
    static String url(String part) {
        String service = part.replaceAll("-\\d$", "");
        int k = part.equals(service) ? 1 : Integer.parseInt(part.substring(part.length() - 1));
        int port = java.net.URI.create(Suite.url(service)).getPort() + 10 * (k - 1);
        return "http://localhost:" + port;
    }

    static Share share(String part) {
        JsonNode j = Http.ok(Http.get("operator", url(part) + "/admin/instance"), part + " GET /admin/instance");
        Map<String, List<Integer>> partitions = new TreeMap<>();
        j.path("partitions").fields().forEachRemaining(e -> {
            List<Integer> list = new ArrayList<>();
            e.getValue().forEach(p -> list.add(p.asInt()));
            partitions.put(e.getKey(), list);
        });
        JsonNode at = j.path("relay").path("lockLastHeldAt");
        Instant lockAt = at.isNumber() ? Instant.ofEpochMilli(new BigDecimal(at.asText()).movePointRight(3).longValue())
                : at.isTextual() ? Instant.parse(at.asText()) : null;
        return new Share(part, partitions, j.path("relay").path("holdsLock").asBoolean(), lockAt);
    }

    /** What one service's failover came to. */
    record Takeover(String victim, String survivor, Map<String, List<Integer>> partitionsBefore, Duration rebalanced, Duration relayTaken) {
    }

    @Test
    void killingOneInstanceOfEachServiceMidRoundLosesNothingAndTheSurvivorsTakeOverPartitionsAndRelay() {
        // Two instances of each, both answering, sharing each topic's partitions.
        Map<String, Share[]> before = new LinkedHashMap<>();
        for (String service : Parts.SERVICES) {
            Share one = share(service), two = share(service + "-2");
            before.put(service, new Share[] {one, two});
            if (!one.partitions().isEmpty()) {
                assertEquals(one.partitions().keySet(), two.partitions().keySet(), service + ": both instances consume the same topics");
                for (String topic : one.partitions().keySet()) {
                    TreeSet<Integer> union = new TreeSet<>(one.partitions().get(topic));
                    union.addAll(two.partitions().get(topic));
                    assertEquals(List.of(0, 1, 2), new ArrayList<>(union), service + " shares " + topic + "'s partitions between its instances");
                    assertTrue(one.partitions().get(topic).stream().noneMatch(two.partitions().get(topic)::contains),
                            service + ": no partition of " + topic + " is assigned twice");
                }
            }
        }

        ScoringRoundLoad load = ScoringRoundLoad.prepare(2080, ScoringRoundLoad.Bases.edge());
        try (Ledger ledger = new Ledger()) {
            CompletableFuture<Map<String, Takeover>> failover = CompletableFuture.supplyAsync(() -> {
                ScoringRoundLoad.sleep(Duration.ofSeconds(4));
                return killOneOfEach(before);
            });
            load.run(Duration.ofMillis(250), Duration.ofMinutes(5));
            Map<String, Takeover> takeovers = failover.join();
            Instant loadOver = Instant.now();

            FaultInjectionIT.Counts counts = FaultInjectionIT.assertNothingLostOrCountedTwice(load, ledger, loadOver);
            assertEquals(load.characteristics.size(), load.acknowledged.size() + counts.committedUnacknowledged(),
                    "every score was answered through the edge");

            FaultInjectionIT.report("scaleout-report.txt", "SCALE-OUT ", "Two instances of each service behind the edge; kill -9 of one instance "
                    + "of each mid-round (consumer session timeout 10 s, heartbeat 2 s; 3 partitions per topic)");
            takeovers.forEach((service, t) -> FaultInjectionIT.report("scaleout-report.txt", "SCALE-OUT ", String.format(
                    "  %-19s killed %-20s survivor %-20s partitions %s -> all: %s   relay taken over after %.1f s",
                    service, t.victim(), t.survivor(), t.partitionsBefore().isEmpty() ? "(consumes nothing)" : t.partitionsBefore(),
                    t.rebalanced() == null ? "-" : String.format("rebalanced in %.1f s", t.rebalanced().toMillis() / 1000.0),
                    t.relayTaken().toMillis() / 1000.0)));
            FaultInjectionIT.report("scaleout-report.txt", "SCALE-OUT ", "  " + load.characteristics.size() + " scores through the edge: " + counts);
        }
    }

    /**
     * Kills, in each service, the instance holding more partitions (else the one whose relay held the lock last),
     * then waits until the survivor holds every partition its group consumes and its relay has taken the lock.
     */
    private static Map<String, Takeover> killOneOfEach(Map<String, Share[]> before) {
        Map<String, Share> victims = new LinkedHashMap<>();
        Map<String, Share> survivors = new LinkedHashMap<>();
        for (String service : Parts.SERVICES) {
            Share[] both = before.get(service);
            Share a = share(both[0].part()), b = share(both[1].part());
            boolean killA = a.partitionCount() != b.partitionCount() ? a.partitionCount() > b.partitionCount()
                    : a.lockLastHeldAt() != null && (b.lockLastHeldAt() == null || a.lockLastHeldAt().isAfter(b.lockLastHeldAt()));
            victims.put(service, killA ? a : b);
            survivors.put(service, killA ? b : a);
        }
        Instant killed = Instant.now();
        victims.values().forEach(v -> Parts.kill9(v.part()));
        Map<String, Takeover> out = new LinkedHashMap<>();
        Map<String, Duration> rebalanced = new LinkedHashMap<>();
        Map<String, Duration> relay = new LinkedHashMap<>();
        Instant deadline = killed.plusSeconds(120);
        while ((rebalanced.size() < victims.size() || relay.size() < victims.size()) && Instant.now().isBefore(deadline)) {
            for (String service : Parts.SERVICES) {
                Share now;
                try {
                    now = share(survivors.get(service).part());
                } catch (AssertionError busy) {
                    continue;
                }
                Duration since = Duration.between(killed, Instant.now());
                Map<String, List<Integer>> expected = new TreeMap<>();
                victims.get(service).partitions().keySet().forEach(t -> expected.put(t, List.of(0, 1, 2)));
                if (!rebalanced.containsKey(service) && now.partitions().equals(expected)) rebalanced.put(service, since);
                if (!relay.containsKey(service) && now.lockLastHeldAt() != null && now.lockLastHeldAt().isAfter(killed)) relay.put(service, since);
            }
            ScoringRoundLoad.sleep(200);
        }
        for (String service : Parts.SERVICES) {
            assertTrue(rebalanced.containsKey(service), service + ": the survivor never held every partition: " + share(survivors.get(service).part()));
            assertTrue(relay.containsKey(service), service + ": the survivor's relay never took the lock");
            Share victim = victims.get(service);
            out.put(service, new Takeover(victim.part(), survivors.get(service).part(), victim.partitions(),
                    victim.partitions().isEmpty() ? null : rebalanced.get(service), relay.get(service)));
        }
        return out;
    }
}
