package org.bestvalue.reporting;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.testing.KafkaBroker;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.projection.Generations;
import org.bestvalue.reporting.application.Reports;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;

/**
 * The event path against the real broker and database: structured CloudEvents published as the other
 * services publish them change the views; a poison record goes to bv.reporting.dlq with its reason and
 * the next record is still processed; a rebuild from the topics gives views equal to the live ones.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventPathTests {
    static final CouncilHistory HISTORY = new CouncilHistory("kafka-borough").year2024().year2025().publish2024();
    /** The narratives and evidence behind the position statements, published on the assessment topic. */
    static final PositionStatementHistory STATEMENTS = new PositionStatementHistory(HISTORY);

    @Inject
    Reports reports;
    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;
    @Inject
    org.bestvalue.reporting.audit.AuditLog auditLog;
    @Inject
    org.bestvalue.eventkit.store.EventStore store;
    @Inject
    org.bestvalue.reporting.application.CommitteeDocuments documents;

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    @Test
    @Order(1)
    void publishedEventsReachTheViews() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            for (EventEnvelope e : HISTORY.events()) {
                producer.send(new ProducerRecord<>(CouncilHistory.topicOf(e.type()), e.streamId(), HISTORY.json(e))).get();
            }
            for (EventEnvelope e : STATEMENTS.events()) {
                producer.send(new ProducerRecord<>("bv.assessment.events", e.streamId(), HISTORY.json(e))).get();
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HeatMap map = Reads.await(() -> reports.heatMap(HISTORY.council, HISTORY.cycle2024, null));
            assertThat(map.summary().greenSentence()).isEqualTo("55 of 73 (75%) green");
            assertThat(map.summary().statuses().get(org.bestvalue.reporting.heatmap.CellStatus.FINAL)).isEqualTo(73);
            assertThat(Reads.await(() -> reports.actionPlan(HISTORY.council, HISTORY.cycle2024)).actions()).isEqualTo(3);
            assertThat(Reads.await(() -> reports.yearOnYear(HISTORY.council, HISTORY.cycle2025, null)).lines()).hasSize(74);
            var ci = Reads.await(() -> documents.book(HISTORY.council, HISTORY.cycle2024, null)).theme("CI").orElseThrow();
            assertThat(ci.statements().get(9).narrative()).startsWith(PositionStatementHistory.REVISED_AFTER_SNAPSHOT);
            assertThat(ci.statements().get(9).evidence()).extracting(e -> e.title()).contains(PositionStatementHistory.RETITLED);
        });
        given().get("/public/councils/kafka-borough/cycles/{id}/summary", HISTORY.cycle2024).then().statusCode(200)
                .body("greenSentence", equalTo("55 of 73 (75%) green"));
    }

    @Test
    @Order(2)
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsProcessed() throws Exception {
        EventEnvelope closed = HISTORY.add("CycleClosed", "cycle", HISTORY.cycle2025, Instant.parse("2025-12-01T09:00:00Z"),
                "planner-1", CouncilHistory.data().put("cycleId", HISTORY.cycle2025));
        EventEnvelope brokenScore = HISTORY.add("ScoreRecorded", "score", HISTORY.cycle2025 + ":CI001",
                Instant.parse("2025-12-01T09:00:00Z"), "reviewer-CI",
                CouncilHistory.data().put("cycleId", HISTORY.cycle2025).put("colour", "PURPLE"));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("bv.assessment.events", "poison-1", "this is not a CloudEvent")).get();
            producer.send(new ProducerRecord<>("bv.scoring.events", brokenScore.streamId(), HISTORY.json(brokenScore))).get();
            producer.send(new ProducerRecord<>("bv.assessment.events", closed.streamId(), HISTORY.json(closed))).get();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Cycle c = Reads.await(() -> reports.cycle(HISTORY.council, HISTORY.cycle2025));
            assertThat(c.closedAt()).isEqualTo(Instant.parse("2025-12-01T09:00:00Z"));
        });
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> reasons = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of("bv.reporting.dlq"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : dlq.poll(Duration.ofMillis(500))) {
                    Header reason = r.headers().lastHeader("dead-letter-reason");
                    reasons.put(r.key(), reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8));
                }
                return reasons.containsKey("poison-1") && reasons.containsKey(brokenScore.streamId());
            });
        }
        assertThat(reasons.get("poison-1")).contains("Malformed CloudEvent");
        assertThat(reasons.get(brokenScore.streamId())).isNotBlank();
    }

    @Test
    @Order(3)
    @AsOperator
    void aRebuildFromTheTopicsGivesViewsEqualToTheLiveOnes() throws Exception {
        // An export recorded in the audit log lives in reporting's own event store: the rebuild keeps it too.
        org.bestvalue.reporting.audit.DocumentExported.record(store, mapper,
                org.bestvalue.eventkit.CommandContext.of(HISTORY.council, "auditor-k", FixedClock.NOW), "audit-log", "text/csv",
                "audit-log-2024-11-01.csv", Map.of("cycleId", HISTORY.cycle2024), java.util.Set.of("auditor")).await().indefinitely();
        List<String> live = views();
        assertThat(live.get(live.size() - 1)).contains("auditor-k", "Export of audit-log", "ScoreFinalised", "ActionPlanned");
        int before = Generations.read(pool).await().indefinitely().active();
        given().post("/admin/projections/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        given().post("/admin/projections/rebuild").then().spec(problem(409, "rebuild-running"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/admin/projections/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        given().get("/admin/projections/rebuild").then().body("skipped", equalTo(2));
        int after = Generations.read(pool).await().indefinitely().active();
        assertThat(after).isGreaterThan(before);
        List<String> rebuilt = views();
        for (int i = 0; i < live.size(); i++) assertThat(rebuilt.get(i)).as("view %d", i).isEqualTo(live.get(i));
        // The old generation is gone.
        long old = pool.preparedQuery("SELECT count(*) FROM score_history WHERE generation = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(before)).await().indefinitely().iterator().next().getLong(0);
        assertThat(old).isZero();
    }

    @Test
    @Order(4)
    @AsOperator
    void aRecordTheTopicsHoldTwiceIsKeptOnceByTheNextRebuildAndTheOldGenerationsTablesAreDropped() throws Exception {
        // A redelivery: the same event published again. The live consumer's inbox passes it over; the replay reads both.
        EventEnvelope again = HISTORY.events().stream().filter(e -> e.type().equals("ScoreFinalised")).findFirst().orElseThrow();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(CouncilHistory.topicOf(again.type()), again.streamId(), HISTORY.json(again))).get();
        }
        List<String> live = views();
        int before = Generations.read(pool).await().indefinitely().active();
        given().post("/admin/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/admin/projections/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        int after = Generations.read(pool).await().indefinitely().active();
        assertThat(after).isGreaterThan(before);
        List<String> rebuilt = views();
        for (int i = 0; i < live.size(); i++) assertThat(rebuilt.get(i)).as("view %d", i).isEqualTo(live.get(i));
        for (String table : List.of("score_history", "audit_log")) {
            long rows = pool.preparedQuery("SELECT count(*) FROM " + table + " WHERE generation = $1 AND event_id = $2")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(after, again.eventId())).await().indefinitely().iterator().next().getLong(0);
            assertThat(rows).as(table).isEqualTo(1);
        }
        // The generation the first rebuild made had tables of its own: they are gone, not just emptied.
        long tables = pool.preparedQuery("SELECT count(*) FROM pg_class WHERE relname = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of("score_history_g" + before)).await().indefinitely().iterator().next().getLong(0);
        assertThat(tables).isZero();
    }

    private List<String> views() throws Exception {
        String c = HISTORY.council;
        List<String> v = new ArrayList<>();
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.cycles(c))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.heatMap(c, HISTORY.cycle2024, null))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.heatMap(c, HISTORY.cycle2024, CouncilHistory.BEFORE_LEADERSHIP_REVIEW))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.heatMap(c, HISTORY.cycle2025, null))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.yearOnYear(c, HISTORY.cycle2025, null))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.actionPlan(c, HISTORY.cycle2024))));
        v.add(mapper.writeValueAsString(Reads.await(() -> reports.agreement(c, HISTORY.cycle2024))));
        v.add(mapper.writeValueAsString(Reads.await(() -> documents.book(c, HISTORY.cycle2024, null))));
        v.add(mapper.writeValueAsString(Reads.await(() -> documents.book(c, HISTORY.cycle2024, CouncilHistory.SNAPSHOT))));
        for (String code : List.of("CI010", "L003", CouncilHistory.REVISED_BY_LEADERSHIP.get(0))) {
            v.add(mapper.writeValueAsString(Reads.await(() -> reports.history(c, HISTORY.cycle2024, code, Reads.wholeHistory()))));
        }
        // The council's whole audit log, in its default order, with its from → to words.
        v.add(mapper.writeValueAsString(Reads.await(() -> auditLog.all(c, org.bestvalue.reporting.audit.AuditLogFilter.parse(
                null, null, null, null, null, null, null), Reads.auditLogOrder()))));
        return v;
    }
}
