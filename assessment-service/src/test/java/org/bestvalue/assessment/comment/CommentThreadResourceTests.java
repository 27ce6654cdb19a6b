package org.bestvalue.assessment.comment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.application.CommentThreadService;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsAuditor;
import org.bestvalue.eventkit.testing.identity.AsOtherPlanner;
import org.bestvalue.eventkit.testing.identity.AsPlanner;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.assessment.Http.ifMatch;
import static org.bestvalue.assessment.Http.json;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comment-thread endpoints' contract: statuses, problems, roles and tenancy, on the real PostgreSQL. */
@QuarkusTest
class CommentThreadResourceTests {
    static final String TEXT = "Residents are satisfied with the council's services, as the 2023 survey shows.";

    @Inject
    Fixtures fixtures;
    @Inject
    CommentThreadService threads;

    static String threadsOf(UUID cycle, String code) {
        return "/cycles/" + cycle + "/narratives/" + code + "/threads";
    }

    /** A thread the CI reviewer started on the narrative, straight through the service. */
    UUID startedByReviewer(UUID cycle, String code) {
        return Fixtures.await(() -> threads.start(Fixtures.as(Fixtures.COUNCIL, "reviewer-ci"),
                new CommentThreadCommand.Participant("reviewer-ci", Set.of("reviewer")), cycle, code,
                "Which survey? Link it as evidence.", "the 2023 survey shows")).state().id();
    }

    UUID cycleWithNarrative(String code) {
        return fixtures.cycleWithNarrative(Fixtures.COUNCIL, code, TEXT);
    }

    /** The narrative {@code code} drafted in a new cycle, with a thread the CI reviewer started on it. */
    record Thread(UUID cycle, UUID id, String path) {
    }

    Thread threadOn(String code) {
        UUID cycle = cycleWithNarrative(code);
        UUID id = startedByReviewer(cycle, code);
        return new Thread(cycle, id, threadsOf(cycle, code) + "/" + id);
    }

    @Test
    @AsCiReviewer
    void aReviewerCommentsOnAQuotedPassageAndTheThreadIsListedWithItsPeopleNamed() {
        UUID cycle = cycleWithNarrative("CI011");
        String location = json()
                .body(Map.of("text", "Which survey? Link it as evidence.", "quote", "the 2023 survey shows"))
                .when().post(threadsOf(cycle, "CI011")).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).header("Location", containsString("/narratives/CI011/threads/"))
                .body("status", equalTo("OPEN")).body("quote", equalTo("the 2023 survey shows")).body("narrativeRevision", equalTo(1))
                .body("openedBy", equalTo("reviewer-ci")).body("openedAt", notNullValue())
                .body("messages.text", contains("Which survey? Link it as evidence.")).body("messages[0].seq", equalTo(1))
                .body("people.'reviewer-ci'.id", equalTo("reviewer-ci")).body("people.'reviewer-ci'.name", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().when().get(threadsOf(cycle, "CI011")).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(id)).body("items[0].messages", hasSize(1));
        given().header("If-None-Match", "\"1\"").when().get(threadsOf(cycle, "CI011") + "/" + id).then().statusCode(304);
    }

    @Test
    @AsCiReviewer
    void aQuoteThatIsNotInTheNarrativeIs422NamingQuoteAndNoTextIs400NamingText() {
        UUID cycle = cycleWithNarrative("CI010");
        json().body(Map.of("text", "Which one?", "quote", "the 2021 survey shows"))
                .when().post(threadsOf(cycle, "CI010")).then().spec(problem(422, "quote-not-in-narrative", "quote"));
        json().body(Map.of("quote", "the 2023 survey shows"))
                .when().post(threadsOf(cycle, "CI010")).then().spec(problem(400, "invalid-request", "text"));
        json().body(Map.of("text", "x".repeat(CommentThreadDecider.MAX_TEXT + 1)))
                .when().post(threadsOf(cycle, "CI010")).then().spec(problem(400, "invalid-request", "text"));
        given().when().get(threadsOf(cycle, "CI010")).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @AsCiReviewer
    void aNarrativeNotYetDraftedHasNoThreads() {
        UUID cycle = fixtures.statutoryCycle(Fixtures.COUNCIL);
        json().body(Map.of("text", "Where is it?"))
                .when().post(threadsOf(cycle, "CI009")).then().spec(problem(404, "not-found"));
        given().when().get(threadsOf(cycle, "CI009")).then().spec(problem(404, "not-found"));
    }

    @Test
    @AsAuthor
    void anAuthorDoesNotStartAThread() {
        UUID cycle = cycleWithNarrative("CI008");
        json().body(Map.of("text", "A note to self"))
                .when().post(threadsOf(cycle, "CI008")).then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsAuditor
    void anAuditorReadsThreadsButDoesNotReply() {
        Thread t = threadOn("CI007");
        given().when().get(t.path()).then().statusCode(200).header("ETag", equalTo("\"1\""));
        ifMatch(1).body(Map.of("text", "x")).when().post(t.path() + "/replies").then().spec(problem(403, "forbidden"));
    }

    @Test
    @AsAuthor
    void theAuthorRepliesAndResolvesAndTheResolvedThreadStaysInTheNarrativesHistory() {
        Thread t = threadOn("CI006");
        json().body(Map.of("text", "Linked now."))
                .when().post(t.path() + "/replies").then().spec(problem(428, "precondition-required", "If-Match"));
        ifMatch(1).body(Map.of("text", "Linked now.")).when().post(t.path() + "/replies").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("messages.text", contains("Which survey? Link it as evidence.", "Linked now."))
                .body("messages.authorId", contains("reviewer-ci", "author-1"));
        ifMatch(1).body(Map.of("text", "Lost update")).when().post(t.path() + "/replies").then().spec(problem(409, "concurrency-conflict")).body("currentVersion", equalTo(2));
        ifMatch(2).body(Map.of("note", "Revision 2 links the survey"))
                .when().post(t.path() + "/resolve").then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("status", equalTo("RESOLVED")).body("resolvedBy", equalTo("author-1"))
                .body("resolutionNote", equalTo("Revision 2 links the survey")).body("resolvedAt", notNullValue());
        ifMatch(3).body(Map.of("text", "One more thing"))
                .when().post(t.path() + "/replies").then().spec(problem(409, "thread-resolved"));
        given().queryParam("status", "OPEN").when().get(threadsOf(t.cycle(), "CI006")).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("status", "resolved").when().get(threadsOf(t.cycle(), "CI006")).then().statusCode(200).body("total", equalTo(1));
        given().queryParam("status", "CLOSED").when().get(threadsOf(t.cycle(), "CI006")).then().spec(problem(400, "invalid-status", "status"));
        given().when().get("/cycles/" + t.cycle() + "/narratives/CI006/history").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.type", contains("CommentThreadResolved", "CommentReplied", "CommentThreadStarted", "NarrativeDrafted"))
                .body("items.streamType", contains("comment-thread", "comment-thread", "comment-thread", "narrative"))
                .body("items[0].threadId", equalTo(t.id().toString())).body("items[2].quote", equalTo("the 2023 survey shows"));
    }

    @Test
    @AsAuthor
    void anOpenThreadIsNotInTheNarrativesHistoryYet() {
        UUID cycle = cycleWithNarrative("CI005");
        startedByReviewer(cycle, "CI005");
        given().when().get("/cycles/" + cycle + "/narratives/CI005/history").then().statusCode(200)
                .body("total", equalTo(1)).body("items.type", contains("NarrativeDrafted"));
    }

    @Test
    @TestSecurity(user = "reviewer-l", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
    void anotherReviewerCannotResolveTheThreadButMayReplyToIt() {
        Thread t = threadOn("CI004");
        ifMatch(1).body(Map.of()).when().post(t.path() + "/resolve").then().spec(problem(403, "may-not-resolve-thread"));
        ifMatch(1).body(Map.of("text", "I agree: which survey?")).when().post(t.path() + "/replies").then().statusCode(200);
    }

    @Test
    @AsCiReviewer
    void theOpenerReopensAThreadResolvedTooSoon() {
        Thread t = threadOn("CI003");
        ifMatch(1).body(Map.of()).when().post(t.path() + "/reopen").then().spec(problem(409, "thread-not-resolved"));
        ifMatch(1).body(Map.of()).when().post(t.path() + "/resolve").then().statusCode(200).body("resolutionNote", nullValue());
        ifMatch(2).body(Map.of("reason", "Still no survey linked"))
                .when().post(t.path() + "/reopen").then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("status", equalTo("OPEN")).body("resolvedBy", nullValue());
    }

    @Test
    @AsCiReviewer
    void aRetryWithTheSameIdempotencyKeyStartsNoSecondThread() {
        UUID cycle = cycleWithNarrative("CI002");
        String key = "comment-" + UUID.randomUUID();
        Map<String, String> body = Map.of("text", "Which survey?");
        String first = json().header("Idempotency-Key", key).body(body)
                .when().post(threadsOf(cycle, "CI002")).then().statusCode(201).extract().header("Location");
        String again = json().header("Idempotency-Key", key).body(body)
                .when().post(threadsOf(cycle, "CI002")).then().statusCode(201).extract().header("Location");
        assertEquals(first, again);
        json().header("Idempotency-Key", key).body(Map.of("text", "Another comment"))
                .when().post(threadsOf(cycle, "CI002")).then().spec(problem(422, "idempotency-key-reused"));
        given().when().get(threadsOf(cycle, "CI002")).then().body("total", equalTo(1));
    }

    @Test
    @AsPlanner
    void nothingIsSaidOnAClosedCycle() {
        Thread t = threadOn("CI001");
        fixtures.closeCycle(Fixtures.COUNCIL, t.cycle(), 1);
        json().body(Map.of("text", "Too late"))
                .when().post(threadsOf(t.cycle(), "CI001")).then().spec(problem(409, "cycle-closed"));
        ifMatch(1).body(Map.of()).when().post(t.path() + "/resolve").then().spec(problem(409, "cycle-closed"));
    }

    @Test
    @AsPlanner
    void aThreadIsOnlyReadUnderItsOwnNarrative() {
        UUID cycle = cycleWithNarrative("L001");
        fixtures.draftNarrative(Fixtures.COUNCIL, cycle, "L002", TEXT);
        UUID thread = startedByReviewer(cycle, "L001");
        given().when().get(threadsOf(cycle, "L002") + "/" + thread).then().spec(problem(404, "not-found"));
        given().when().get(threadsOf(cycle, "L001") + "/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        ifMatch(1).body(Map.of()).when().post(threadsOf(cycle, "L002") + "/" + thread + "/resolve").then().spec(problem(404, "not-found"));
    }

    @Test
    @AsOtherPlanner
    void anotherCouncilSeesNothingOfTheThreads() {
        Thread t = threadOn("L003");
        given().when().get(threadsOf(t.cycle(), "L003")).then().spec(problem(404, "not-found"));
        given().when().get(t.path()).then().spec(problem(404, "not-found"));
        json().body(Map.of("text", "Hello", "quote", "the 2023 survey shows"))
                .when().post(threadsOf(t.cycle(), "L003")).then().spec(problem(404, "not-found"));
        ifMatch(1).body(Map.of()).when().post(t.path() + "/resolve").then().spec(problem(404, "not-found"));
    }
}
