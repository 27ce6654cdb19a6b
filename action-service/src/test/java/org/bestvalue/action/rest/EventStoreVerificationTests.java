package org.bestvalue.action.rest;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.action.Given;
import org.bestvalue.action.TestClock;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.actionplan.Actor;
import org.bestvalue.action.actionplan.Rag;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's verification of the event store's hash chains, in a real service on the real PostgreSQL: an {@code events}
 * row edited, deleted or reordered behind the service's back is named (stream, version, what is wrong); each test puts
 * the row back, so the store verifies clean again.
 */
@QuarkusTest
class EventStoreVerificationTests {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static final String PATH = "/admin/event-store/verification";

    @Inject
    Given given;
    @Inject
    Pool pool;

    /** An action stream of four events: planned, scheduled, two progress reports. */
    private String actionOfFourEvents() {
        String opp = given.opportunity(Given.COUNCIL, "CI012");
        String a = given.action(Given.COUNCIL, opp, List.of("officer-1"), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
        Actor officer = new Actor("officer-1", false);
        given.onAction(Given.COUNCIL, "officer-1", a, new ActionCommand.ReportProgress(LocalDate.of(2024, 9, 1), 20, Rag.AMBER, "Started", TODAY, officer));
        given.onAction(Given.COUNCIL, "officer-1", a, new ActionCommand.ReportProgress(LocalDate.of(2024, 10, 1), 60, Rag.GREEN, "On track", TODAY, officer));
        TestClock.reset();
        long versions = pool.preparedQuery("SELECT count(*) AS n FROM events WHERE stream_id = $1").execute(Tuple.of(a))
                .await().atMost(WAIT).iterator().next().getLong("n");
        assertEquals(4, versions, "planned, scheduled and two progress reports");
        return a;
    }

    private JsonPath verify() {
        return given().get(PATH).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    /** The one break the verification reports for the stream. */
    private Map<String, Object> breakOf(JsonPath report, String streamId) {
        List<Map<String, Object>> breaks = report.getList("breaks");
        List<Map<String, Object>> mine = breaks.stream().filter(b -> streamId.equals(b.get("streamId"))).toList();
        assertEquals(1, mine.size(), "one break reported for the stream: " + breaks);
        assertEquals(false, report.getBoolean("intact"));
        return mine.get(0);
    }

    private void sql(String statement, Tuple params) {
        pool.preparedQuery(statement).execute(params).await().atMost(WAIT);
    }

    private void assertVerifiesAgain() {
        JsonPath after = verify();
        assertTrue(after.getBoolean("intact"), "put back as it was, the stream verifies again: " + after.prettify());
    }

    private void assertNamed(Map<String, Object> b, String streamId, int version, String problem) {
        assertEquals(List.of(Given.COUNCIL, "action", streamId, version, problem),
                List.of(b.get("council"), b.get("streamType"), b.get("streamId"), b.get("version"), b.get("problem")), b.toString());
        assertNotNull(b.get("detail"));
    }

    @Test
    @AsOperator
    void anUntouchedStoreVerifiesClean() {
        actionOfFourEvents();
        JsonPath report = verify();
        assertTrue(report.getBoolean("intact"), report.prettify());
        assertEquals(0, report.getInt("brokenStreams"));
        assertEquals(List.of(), report.getList("breaks"));
        assertTrue(report.getLong("events") >= 4 && report.getLong("streams") >= 3, report.prettify());
        assertTrue(report.getLong("tookMillis") >= 0);
    }

    @Test
    @AsOperator
    void aPayloadChangedBehindTheServicesBackIsNamed() {
        String a = actionOfFourEvents();
        String original = pool.preparedQuery("SELECT data::text AS d FROM events WHERE stream_id = $1 AND stream_version = 3")
                .execute(Tuple.of(a)).await().atMost(WAIT).iterator().next().getString("d");
        sql("UPDATE events SET data = jsonb_set(data, '{percent}', '90') WHERE stream_id = $1 AND stream_version = 3", Tuple.of(a));
        try {
            assertNamed(breakOf(verify(), a), a, 3, "payload-changed");
        } finally {
            sql("UPDATE events SET data = $2::text::jsonb WHERE stream_id = $1 AND stream_version = 3", Tuple.of(a, original));
        }
        assertVerifiesAgain();
    }

    @Test
    @AsOperator
    void anEventDeletedBehindTheServicesBackIsNamed() {
        String a = actionOfFourEvents();
        String hold = "tamper_hold_" + System.nanoTime();
        sql("CREATE TABLE " + hold + " AS SELECT * FROM events WHERE stream_id = $1 AND stream_version = 2", Tuple.of(a));
        sql("CREATE TABLE " + hold + "_outbox AS SELECT o.* FROM outbox o JOIN events e ON e.position = o.position "
                + "WHERE e.stream_id = $1 AND e.stream_version = 2", Tuple.of(a));
        sql("DELETE FROM outbox WHERE position IN (SELECT position FROM " + hold + ")", Tuple.tuple());
        sql("DELETE FROM events WHERE stream_id = $1 AND stream_version = 2", Tuple.of(a));
        try {
            Map<String, Object> b = breakOf(verify(), a);
            assertNamed(b, a, 2, "event-missing");
            assertTrue(b.get("detail").toString().contains("version 2 is missing"), b.toString());
        } finally {
            sql("INSERT INTO events SELECT * FROM " + hold, Tuple.tuple());
            sql("INSERT INTO outbox SELECT * FROM " + hold + "_outbox", Tuple.tuple());
            sql("DROP TABLE " + hold + ", " + hold + "_outbox", Tuple.tuple());
        }
        assertVerifiesAgain();
    }

    @Test
    @AsOperator
    void eventsReorderedBehindTheServicesBackAreNamed() {
        String a = actionOfFourEvents();
        swapVersionsThreeAndFour(a);
        try {
            assertNamed(breakOf(verify(), a), a, 3, "out-of-order");
        } finally {
            swapVersionsThreeAndFour(a);
        }
        assertVerifiesAgain();
    }

    // Through a free version: the unique (stream, version) constraint is checked row by row.
    private void swapVersionsThreeAndFour(String streamId) {
        sql("UPDATE events SET stream_version = 1000003 WHERE stream_id = $1 AND stream_version = 3", Tuple.of(streamId));
        sql("UPDATE events SET stream_version = 3 WHERE stream_id = $1 AND stream_version = 4", Tuple.of(streamId));
        sql("UPDATE events SET stream_version = 4 WHERE stream_id = $1 AND stream_version = 1000003", Tuple.of(streamId));
    }

    @Test
    @AsAdmin
    void aCouncilsAdminCannotVerifyTheStore() {
        given().get(PATH).then().spec(problem(403, "forbidden"));
    }

    @Test
    void nobodyWithoutATokenCanVerifyTheStore() {
        given().get(PATH).then().statusCode(401);
    }
}
