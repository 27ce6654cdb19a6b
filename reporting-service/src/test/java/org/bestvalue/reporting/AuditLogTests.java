package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.consumers.ReportingConsumers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.bestvalue.reporting.Contract.CSV;
import static org.bestvalue.reporting.Contract.PDF;
import static org.bestvalue.reporting.Contract.XLSX;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The council-wide audit log: one entry per event of every topic with who, as what role, when, what changed and why;
 * its filters, paging and sort; tenancy; the CSV and XLSX read back; and every export recorded in the log itself.
 * Its council, audit-borough, is this class's alone; what the tests count is bounded by {@code to} (before the tests'
 * clock, when exports happen) or by type, so the exports the tests make do not move the counts of the others.
 */
@QuarkusTest
class AuditLogTests extends FedTests {
    static final String COUNCIL = "audit-borough";
    static final String LOG = "/reports/audit-log";
    static final CouncilHistory HISTORY = withNarrativeAndReschedule(new CouncilHistory(COUNCIL).year2024());
    static final CouncilHistory OTHER = new CouncilHistory("audit-district").year2024();
    /** Before the tests' clock (1 November 2024): the history only, without the exports the tests make. */
    static final String BEFORE_EXPORTS = "2024-10-31";

    AuditLogTests() {
        super(HISTORY, OTHER.events());
    }

    /** A narrative's status change (a type no report needs) and the CI010 action rescheduled (a from → to of its stream). */
    static CouncilHistory withNarrativeAndReschedule(CouncilHistory h) {
        h.add("NarrativeStatusChanged", "narrative", "narrative-CI010", Instant.parse("2024-04-20T10:00:00Z"), "author-1",
                CouncilHistory.data().put("narrativeId", "narrative-CI010").put("cycleId", h.cycle2024)
                        .put("characteristicCode", "CI010").put("from", "DRAFT").put("to", "READY_FOR_REVIEW"));
        EventEnvelope scheduled = h.events().stream().filter(e -> e.type().equals("ActionScheduled")).findFirst().orElseThrow();
        ObjectNode again = scheduled.data().deepCopy();
        again.put("start", "2024-10-01").put("end", "2024-12-31");
        h.add("ActionScheduled", "action", scheduled.streamId(), Instant.parse("2024-09-02T09:00:00Z"), "officer-7", again);
        return h;
    }

    static long count(CouncilHistory h, Predicate<EventEnvelope> which) {
        return h.events().stream().filter(which).count();
    }

    static boolean inCycle(EventEnvelope e, String cycleId) {
        return cycleId.equals(e.data().path("cycleId").asText());
    }

    JsonPath read(Map<String, ?> query) {
        return given().queryParams(query).get(LOG).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    @AsCouncilAuditor
    void everyEventOfEachTopicIsOneEntryWithWhoAsWhatRoleWhenAndTheRequest() {
        JsonPath page = read(Map.of("cycleId", HISTORY.cycle2024, "to", BEFORE_EXPORTS, "size", 200, "sort", "at"));
        long expected = count(HISTORY, e -> inCycle(e, HISTORY.cycle2024));
        assertThat(page.getLong("total")).isEqualTo(expected);
        List<String> types = new ArrayList<>(page.getList("items.type"));
        types.addAll(read(Map.of("cycleId", HISTORY.cycle2024, "to", BEFORE_EXPORTS, "size", 200, "sort", "at", "page", 1))
                .getList("items.type"));
        assertThat(types).hasSize((int) expected);
        assertThat(types).contains("CycleOpened", "NarrativeStatusChanged", "ScoreRecorded", "ScoreModerated",
                "OpportunityRaised", "ActionScheduled", "ProgressReported");
        Map<String, ?> opened = page.getMap("items.find { it.type == 'CycleOpened' }");
        assertThat(opened.get("actor")).isEqualTo("planner-1");
        assertThat(((Map<?, ?>) opened.get("actorPerson")).get("name")).isEqualTo("Priya Hartley");
        assertThat(opened.get("role")).isEqualTo("planner");
        assertThat(opened.get("at")).isEqualTo("2024-04-02T09:00:00Z");
        assertThat(opened.get("correlationId")).isEqualTo("corr-" + COUNCIL);
        assertThat(opened.get("to")).isEqualTo("Self-assessment 2024 (2024), open");
    }

    @Test
    @AsCouncilAuditor
    void eachEntrySaysWhatChangedFromAndToInWords() {
        JsonPath narrative = read(Map.of("type", "NarrativeStatusChanged"));
        assertThat(narrative.getString("items[0].what")).isEqualTo("Narrative status");
        assertThat(narrative.getString("items[0].from")).isEqualTo("Draft");
        assertThat(narrative.getString("items[0].to")).isEqualTo("Ready for review");
        assertThat(narrative.getString("items[0].characteristicCode")).isEqualTo("CI010");

        JsonPath schedules = read(Map.of("type", "ActionScheduled", "sort", "at"));
        assertThat(schedules.getList("items.from")).containsExactly("not scheduled", "1 July 2024 to 30 September 2024");
        assertThat(schedules.getList("items.to")).containsExactly("1 July 2024 to 30 September 2024",
                "1 October 2024 to 31 December 2024");

        JsonPath progress = read(Map.of("type", "ProgressReported"));
        assertThat(progress.getString("items[0].from")).isEqualTo("none reported");
        assertThat(progress.getString("items[0].to")).isEqualTo("40%, amber");
        assertThat(progress.getString("items[0].why")).isEqualTo("Membership agreed");
        assertThat(progress.getString("items[0].role")).isEqualTo("planner or action owner");

        EventEnvelope moderation = HISTORY.events().stream().filter(e -> e.type().equals("ScoreModerated")
                && e.data().path("characteristicCode").asText().equals("L003")).findFirst().orElseThrow();
        JsonPath l003 = read(Map.of("type", "ScoreModerated", "characteristicCode", "L003"));
        assertThat(l003.getLong("total")).isEqualTo(1);
        assertThat(l003.getString("items[0].what")).isEqualTo("Moderation (revised)");
        assertThat(l003.getString("items[0].from")).isEqualTo(words(moderation.data().path("previousColour").asText()));
        assertThat(l003.getString("items[0].to")).isEqualTo(words(moderation.data().path("colour").asText()));
        assertThat(l003.getString("items[0].why")).isEqualTo("Consistency across themes");
        assertThat(l003.getString("items[0].role")).isEqualTo("moderator");
        assertThat(l003.getString("items[0].actorPerson.name")).isEqualTo("Sam Whitfield");
    }

    static String words(String colour) {
        String w = colour.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @Test
    @AsCouncilAuditor
    void eachFilterNarrowsTheLogToWhatItNames() {
        assertThat(read(Map.of("actor", "officer-7", "to", BEFORE_EXPORTS)).getLong("total"))
                .isEqualTo(count(HISTORY, e -> e.actor().equals("officer-7")));
        given().queryParam("actor", "officer-7").queryParam("size", 200).get(LOG).then()
                .body("items.actor", everyItem(equalTo("officer-7")));
        assertThat(read(Map.of("type", "ScoreModerated")).getLong("total"))
                .isEqualTo(count(HISTORY, e -> e.type().equals("ScoreModerated")));
        assertThat(read(Map.of("cycleId", HISTORY.cycle2024, "characteristicCode", "CI010", "to", BEFORE_EXPORTS)).getLong("total"))
                .isEqualTo(count(HISTORY, e -> e.data().path("characteristicCode").asText().equals("CI010")));
        // A theme takes in score events (which name it) and narrative and action events (whose characteristic is in it).
        long inCi = count(HISTORY, e -> e.data().has("characteristicCode")
                && CouncilHistory.theme(e.data().path("characteristicCode").asText()).equals("CI"));
        JsonPath ci = read(Map.of("theme", "CI", "to", BEFORE_EXPORTS, "size", 200));
        assertThat(ci.getLong("total")).isEqualTo(inCi);
        assertThat(ci.getList("items.type")).contains("ScoreRecorded", "NarrativeStatusChanged", "ActionPlanned");
        // A date is a whole day in England: every moderation happened on 20 May 2024.
        JsonPath day = read(Map.of("from", "2024-05-20", "to", "2024-05-20", "size", 200));
        assertThat(day.getLong("total")).isEqualTo(count(HISTORY, e -> e.type().equals("ScoreModerated")));
        assertThat(read(Map.of("from", "2024-05-20T09:00:00Z", "to", "2024-05-20T09:01:00Z")).getLong("total")).isEqualTo(2);
        assertThat(read(Map.of("cycleId", "no-such-cycle")).getLong("total")).isZero();
    }

    @Test
    @AsCouncilAuditor
    void badFiltersAre400ProblemsNamingTheParameter() {
        given().queryParam("type", "ScoreInvented").get(LOG).then().spec(problem(400, "invalid-filter", "type"));
        given().queryParam("from", "2024-06-02").queryParam("to", "2024-06-01").get(LOG).then().spec(problem(400, "invalid-filter", "from"));
        given().queryParam("to", "yesterday").get(LOG).then().spec(problem(400, "invalid-filter", "to"));
        given().queryParam("sort", "colour").get(LOG).then().spec(problem(400, "invalid-parameter", "sort"));
        given().queryParam("size", 201).get(LOG).then().spec(problem(400, "invalid-parameter", "size"));
    }

    @Test
    @AsCouncilAuditor
    void pagesDoNotOverlapAndFollowTheSort() {
        Map<String, Object> q = Map.of("cycleId", HISTORY.cycle2024, "to", BEFORE_EXPORTS, "size", 30);
        JsonPath first = read(with(q, "page", 0));
        JsonPath second = read(with(q, "page", 1));
        assertThat(first.getLong("total")).isEqualTo(second.getLong("total"));
        assertThat(first.getList("items")).hasSize(30);
        List<String> ids = new ArrayList<>(first.getList("items.eventId"));
        assertThat(ids).doesNotContainAnyElementsOf(second.getList("items.eventId"));
        // Newest first by default.
        List<String> at = first.getList("items.at");
        assertThat(at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(read(with(q, "sort", "at")).getString("items[0].type")).isEqualTo("CycleOpened");
        List<String> types = read(with(with(q, "sort", "type"), "size", 200)).getList("items.type");
        assertThat(types).isSorted();
        long all = first.getLong("total");
        List<String> every = new ArrayList<>();
        for (int p = 0; p * 30 < all; p++) every.addAll(read(with(q, "page", p)).getList("items.eventId"));
        assertThat(every).hasSize((int) all).doesNotHaveDuplicates();
        assertThat(read(with(q, "page", 99)).getList("items")).isEmpty();
    }

    static Map<String, Object> with(Map<String, Object> q, String key, Object value) {
        Map<String, Object> m = new java.util.HashMap<>(q);
        m.put(key, value);
        return m;
    }

    @Test
    @TestSecurity(user = "auditor-d", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "council", value = "audit-district"))
    void anotherCouncilsAuditorSeesNoneOfItAndGetsItsOwn() {
        assertThat(read(Map.of("cycleId", HISTORY.cycle2024)).getLong("total")).isZero();
        assertThat(read(Map.of("actor", "officer-7", "cycleId", HISTORY.cycle2024)).getLong("total")).isZero();
        JsonPath own = read(Map.of("to", BEFORE_EXPORTS, "size", 200));
        assertThat(own.getLong("total")).isEqualTo(OTHER.events().size());
        List<String> theirs = HISTORY.events().stream().map(e -> e.eventId().toString()).toList();
        assertThat(own.getList("items.eventId")).doesNotContainAnyElementsOf(theirs);
        String csv = given().accept(CSV).queryParam("to", BEFORE_EXPORTS).get(LOG).then().statusCode(200).extract().asString();
        for (String id : theirs.subList(0, 20)) assertThat(csv).doesNotContain(id);
    }

    @Test
    @TestSecurity(user = "planner-1", roles = {"planner", "admin", "leadership", "moderator", "author", "reviewer", "action-owner"})
    @OidcSecurity(claims = @Claim(key = "council", value = COUNCIL))
    void onlyTheAuditorReadsTheLog() {
        given().get(LOG).then().spec(problem(403, "forbidden"));
        given().accept(CSV).get(LOG).then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsCouncilAuditor
    void theCsvHoldsEveryMatchingEntryAndTheExportIsInTheLog() {
        long before = read(Map.of("type", "DocumentExported")).getLong("total");
        long total = read(Map.of("cycleId", HISTORY.cycle2024, "to", BEFORE_EXPORTS)).getLong("total");
        String csv = given().accept(CSV).queryParam("cycleId", HISTORY.cycle2024).queryParam("to", BEFORE_EXPORTS)
                .queryParam("sort", "at").get(LOG).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("event_id,at,type,actor,actor_id,role,cycle_id,characteristic_code,theme_code,"
                + "action_id,what,from,to,why,correlation_id");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines[1]).contains(",CycleOpened,\"Priya Hartley, Head of Business Planning, Projects and Performance\",planner-1,planner,");
        assertThat(csv).contains(",Schedule,1 July 2024 to 30 September 2024,1 October 2024 to 31 December 2024,,");

        JsonPath exports = read(Map.of("type", "DocumentExported", "sort", "-at"));
        assertThat(exports.getLong("total")).isEqualTo(before + 1);
        Map<String, ?> export = exports.getMap("items.find { it.what == 'Export of audit-log' && it.to.startsWith('text/csv') }");
        assertThat(export).isNotNull();
        assertThat(export.get("actor")).isEqualTo("auditor-a");
        assertThat(export.get("role")).isEqualTo("auditor");
        assertThat(export.get("at")).isEqualTo(FixedClock.NOW.toString());
        assertThat((String) export.get("why")).contains("cycleId = " + HISTORY.cycle2024).contains("to = " + BEFORE_EXPORTS);
        // Reading the log as JSON hands no file out: it is not recorded.
        assertThat(read(Map.of("type", "DocumentExported")).getLong("total")).isEqualTo(before + 1);
    }

    @Test
    @AsCouncilAuditor
    void theXlsxReadsBackWithEveryMatchingEntryAndTheExportIsInTheLog() throws Exception {
        long before = read(Map.of("type", "DocumentExported")).getLong("total");
        JsonPath json = read(Map.of("characteristicCode", "CI010", "to", BEFORE_EXPORTS, "sort", "at", "size", 200));
        byte[] xlsx = given().accept(XLSX).queryParam("characteristicCode", "CI010").queryParam("to", BEFORE_EXPORTS)
                .queryParam("sort", "at").get(LOG).then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Audit log");
            DataFormatter f = new DataFormatter(java.util.Locale.UK);
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("When");
            assertThat(sheet.getLastRowNum()).isEqualTo(json.getInt("total"));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
                assertThat(row.getCell(0).getDateCellValue().toInstant())
                        .isEqualTo(Instant.parse(json.getString("items[" + (i - 1) + "].at")));
                assertThat(f.formatCellValue(row.getCell(3))).isEqualTo(json.getString("items[" + (i - 1) + "].type"));
                assertThat(f.formatCellValue(row.getCell(10))).isEqualTo(json.getString("items[" + (i - 1) + "].to"));
            }
            // People by name and job title, never by id; someone no longer in the realm is a former user.
            List<String> who = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                who.add(f.formatCellValue(sheet.getRow(i).getCell(3)) + ": " + f.formatCellValue(sheet.getRow(i).getCell(1)));
            }
            assertThat(who).contains("ScoreModerated: Sam Whitfield, Bid and Grants Officer",
                    "NarrativeStatusChanged: Former user", "ActionPlanned: Dana Okafor, Corporate Performance Manager");
            assertThat(String.join("\n", who)).doesNotContain("moderator-1", "officer-7");
        }
        JsonPath exports = read(Map.of("type", "DocumentExported"));
        assertThat(exports.getLong("total")).isEqualTo(before + 1);
        assertThat(exports.getList("items.to")).anyMatch(t -> ((String) t).startsWith(XLSX));
    }

    @Test
    @AsCouncilAuditor
    void aCommitteePackExportIsInTheLogUnderItsCycle() {
        long before = read(Map.of("type", "DocumentExported", "cycleId", HISTORY.cycle2024)).getLong("total");
        given().accept(PDF).get("/reports/cycles/{id}/committee-pack", HISTORY.cycle2024).then().statusCode(200);
        JsonPath after = read(Map.of("type", "DocumentExported", "cycleId", HISTORY.cycle2024));
        assertThat(after.getLong("total")).isEqualTo(before + 1);
        assertThat(after.getList("items.what")).contains("Export of committee-pack");
        assertThat(after.getList("items.to")).contains("application/pdf (committee-pack-2024.pdf)");
        assertThat(after.getList("items.actor")).containsOnly("auditor-a");
        // A refused export (another council's cycle) hands nothing out and records nothing.
        given().accept(PDF).get("/reports/cycles/{id}/committee-pack", OTHER.cycle2024).then().spec(problem(404, "not-found"));
        assertThat(read(Map.of("type", "DocumentExported", "cycleId", OTHER.cycle2024)).getLong("total")).isZero();
    }

    @Test
    @AsCouncilAuditor
    void aRedeliveredEventGivesOneEntry() {
        Map<String, Object> q = Map.of("cycleId", HISTORY.cycle2024, "to", BEFORE_EXPORTS);
        long total = read(q).getLong("total");
        EventEnvelope e = HISTORY.events().get(HISTORY.events().size() - 1);
        assertThat(consumers.apply(e).await().indefinitely()).as("the inbox knows it").isFalse();
        // Even past the inbox, projecting the same event again adds no row.
        pool.withTransaction(tx -> ReportingConsumers.project(tx, e)).await().indefinitely();
        assertThat(read(q).getLong("total")).isEqualTo(total);
        assertThat(read(Map.of("type", e.type(), "to", BEFORE_EXPORTS)).getLong("total"))
                .isEqualTo(count(HISTORY, x -> x.type().equals(e.type())));
    }
}
