package org.bestvalue.eventkit.rebuild;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.testing.identity.AsAdmin;
import org.bestvalue.eventkit.testing.identity.AsAuthor;
import org.bestvalue.eventkit.testing.identity.AsOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.bestvalue.eventkit.testing.ProblemAnswers.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /admin/projections/rebuild: the query tables replayed from the event store, a council's or every council's. */
@QuarkusTest
class ProjectionRebuildTests {
    @Inject
    NoteCounts notes;

    private String mine;
    private String theirs;

    /** Two notes on a stream of demo-borough (the admin's council), one on other-district's, projected live; then every row spoilt. */
    @BeforeEach
    void notesTakenAndTheirRowsSpoilt() {
        mine = notes.take("demo-borough", 2);
        theirs = notes.take("other-district", 1);
        assertEquals(2, notes.notes("demo-borough", mine), "the live projection counted the notes");
        notes.spoil();
    }

    @Test
    @AsAdmin
    void aCouncilsAdminRebuildsItsOwnCouncilsRowsAndNoOthers() {
        given().post("/admin/projections/rebuild").then().statusCode(200)
                .body("councilId", equalTo("demo-borough"))
                .body("eventsReplayed", equalTo(notes.eventsOf("demo-borough")));
        assertEquals(2, notes.notes("demo-borough", mine));
        assertEquals(99, notes.notes("other-district", theirs), "another council's rows are not the admin's to rebuild");
    }

    @Test
    @AsOperator
    void theOperatorRebuildsEveryCouncilsRows() {
        given().post("/admin/projections/rebuild").then().statusCode(200)
                .body("councilId", nullValue())
                .body("eventsReplayed", equalTo(notes.eventsOf(null)));
        assertEquals(2, notes.notes("demo-borough", mine));
        assertEquals(1, notes.notes("other-district", theirs));
    }

    @Test
    @AsAuthor
    void noOtherRoleRebuilds() {
        given().post("/admin/projections/rebuild").then().spec(problem(403, "forbidden"));
        assertEquals(99, notes.notes("demo-borough", mine));
    }
}
