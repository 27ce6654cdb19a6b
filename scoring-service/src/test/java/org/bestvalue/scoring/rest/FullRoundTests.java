package org.bestvalue.scoring.rest;

import org.bestvalue.eventkit.testing.identity.AsOperator;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.application.ScoringAggregates;
import org.bestvalue.scoring.score.Colour;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed's 2024 round end to end in one service: 73 characteristics (G002 is a cross-reference),
 * seven independent theme reviewers, the moderator, leadership review of every yellow and amber score;
 * the round closes with 13 dark green, 42 light green, 15 yellow, 1 amber, 0 red, 2 grey; and the
 * query tables rebuilt from the events equal the live ones.
 */
@QuarkusTest
class FullRoundTests {
    private static final String[][] THEMES = {{"CI", "12"}, {"L", "11"}, {"G", "11"}, {"C", "11"}, {"R", "12"}, {"SD", "10"}, {"PCE", "7"}};

    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper mapper;
    @Inject
    Pool pool;

    private Assessment seedFramework() {
        String fv = UUID.randomUUID().toString();
        String cycle = UUID.randomUUID().toString();
        ObjectNode framework = mapper.createObjectNode().put("frameworkVersionId", fv).put("name", "Best Value guidance")
                .put("label", "statutory-2024").putNull("predecessorId");
        ArrayNode themes = framework.putArray("themes");
        ArrayNode chars = framework.putArray("characteristics");
        int order = 0;
        for (int t = 0; t < THEMES.length; t++) {
            themes.addObject().put("code", THEMES[t][0]).put("title", THEMES[t][0]).put("order", t + 1);
            for (int i = 1; i <= Integer.parseInt(THEMES[t][1]); i++) {
                String code = THEMES[t][0] + String.format("%03d", i);
                chars.addObject().put("code", code).put("themeCode", THEMES[t][0]).put("title", code).put("order", ++order)
                        .put("crossReferenceTo", code.equals("G002") ? "CI012" : null);
            }
        }
        fixtures.apply(fixtures.envelope(Fixtures.COUNCIL, "framework", fv, "FrameworkVersionImported", framework, Instant.now()));
        fixtures.apply(fixtures.envelope(Fixtures.COUNCIL, "cycle", cycle, "CycleOpened", mapper.createObjectNode()
                .put("cycleId", cycle).put("year", 2024).put("title", "2024").put("frameworkVersionId", fv), Instant.now()));
        return new Assessment(Fixtures.COUNCIL, fv, cycle);
    }

    /** The seed's named cells, and the other cells chosen so the totals match. */
    private static Map<String, Colour> seedColours() {
        Map<String, Colour> colours = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String[] t : THEMES) {
            for (int i = 1; i <= Integer.parseInt(t[1]); i++) {
                String code = t[0] + String.format("%03d", i);
                if (!code.equals("G002")) others.add(code);
            }
        }
        colours.put("CI010", Colour.AMBER);
        colours.put("CI011", Colour.YELLOW);
        colours.put("L009", Colour.GREY);
        colours.put("C003", Colour.GREY);
        others.removeAll(colours.keySet());
        int darkGreen = 0;
        for (int i = 0, j = 0; i < others.size(); i++) {
            if (i % 5 == 0) {
                colours.put(others.get(i), Colour.YELLOW);
            } else {
                colours.put(others.get(i), j % 4 == 0 && darkGreen < 13 ? Colour.DARK_GREEN : Colour.LIGHT_GREEN);
                if (j % 4 == 0 && darkGreen < 13) darkGreen++;
                j++;
            }
        }
        return colours;
    }

    @Test
    @TestSecurity(user = "planner-1", roles = {Roles.PLANNER, Roles.ADMIN})
    @OidcSecurity(claims = @Claim(key = "council", value = Fixtures.COUNCIL))
    void theSeedsRoundEndsWithItsKnownHeatMap() {
        Assessment a = seedFramework();
        // Each theme's narratives were written by that theme's author team, never by its reviewer.
        for (String[] t : THEMES) fixtures.narrative(a, t[0] + "001", "author-" + t[0]);
        String round = fixtures.openRound(a);
        for (String[] t : THEMES) fixtures.assign(a, round, t[0], "reviewer-" + t[0]);
        Map<String, Colour> colours = seedColours();
        assertEquals(73, colours.size());
        colours.forEach((code, colour) -> fixtures.finalScore(a, round, code, "reviewer-" + code.replaceAll("\\d", ""), colour));

        given().when().get("/cycles/" + a.cycleId() + "/scores").then().statusCode(200)
                .body("scorable", equalTo(73))
                .body("finalCount", equalTo(73))
                .body("finalColours", equalTo(Map.of("DARK_GREEN", 13, "LIGHT_GREEN", 42, "YELLOW", 15, "AMBER", 1, "RED", 0, "GREY", 2)))
                .body("characteristics", hasSize(74));
        String version = given().when().get("/rounds/" + round).then().statusCode(200)
                .body("counts.FINAL", equalTo(73)).extract().header("ETag");
        given().header("If-Match", version).when().post("/rounds/" + round + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        String before = snapshot();
        given().when().post("/admin/projections/rebuild").then().statusCode(200);
        assertEquals(before, snapshot(), "the rebuilt query tables equal the live ones");
    }

    @Test
    @AsOperator
    void thePlatformOperatorRebuildsEveryCouncilsTables() {
        String before = snapshot("");
        long events = pool.query("SELECT count(*) FROM events WHERE stream_type IN ('" + ScoringAggregates.ROUND + "', '"
                + ScoringAggregates.SCORE + "')").execute().await().atMost(Duration.ofSeconds(30)).iterator().next().getLong(0);
        given().when().post("/admin/projections/rebuild").then().statusCode(200).body("eventsReplayed", equalTo((int) events));
        assertEquals(before, snapshot(""), "every council's rebuilt query tables equal the live ones");
    }

    @Test
    @AsAuthor
    void onlyACouncilsAdminOrTheOperatorRebuilds() {
        given().when().post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
    }

    private String snapshot() {
        return snapshot(Fixtures.COUNCIL);
    }

    // One council's rows, or every council's when council is empty.
    private String snapshot(String council) {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("scoring_round", "reviewer_assignment", "score")) {
            pool.preparedQuery("SELECT row_to_json(t)::text AS r FROM " + table + " t WHERE $1 = '' OR council_id = $1 ORDER BY 1")
                    .execute(Tuple.of(council)).await().atMost(Duration.ofSeconds(30))
                    .forEach(r -> out.append(r.getString("r")).append('\n'));
        }
        return out.toString();
    }
}
