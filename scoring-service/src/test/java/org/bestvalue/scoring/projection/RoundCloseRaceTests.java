package org.bestvalue.scoring.projection;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.Fixtures;
import org.bestvalue.scoring.Fixtures.Assessment;
import org.bestvalue.scoring.application.ScoringAggregates;
import org.bestvalue.scoring.score.Characteristic;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.ScoreCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A round and its scores are separate streams: the append transaction itself must keep a closed round
 * closed, even for a score whose "round open" fact was read just before the close committed.
 */
@QuarkusTest
class RoundCloseRaceTests {
    @Inject
    Fixtures fixtures;
    @Inject
    ScoringAggregates stores;
    @Inject
    ScoringProjection projection;

    @Test
    void aScoreDecidedBeforeTheRoundClosedIsNotStoredAfterIt() {
        Assessment a = fixtures.assessment(Fixtures.COUNCIL);
        String round = fixtures.roundWithReviewers(a);
        fixtures.finalScore(a, round, "CI001", "rev-ci", Colour.LIGHT_GREEN);
        fixtures.close(a, round);
        // The reviewer's request read the round while it was still open.
        var stale = new ScoreCommand.RecordScore(round, a.cycleId(), new Characteristic("CI002", "CI", null), "rev-ci",
                Colour.YELLOW, "Late", null, List.of(), true, Set.of("CI"), List.of(), false);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> stores.scores()
                .handle(Fixtures.as(a.council(), "rev-ci"), ScoringAggregates.scoreId(round, "CI002"), EventStore.NO_STREAM, stale, projection)
                .await().atMost(Duration.ofSeconds(30)));
        assertEquals("round-closed", refused.code());
        assertEquals(0L, stores.scores().load(a.council(), ScoringAggregates.scoreId(round, "CI002"))
                .await().atMost(Duration.ofSeconds(30)).version(), "nothing was appended");
    }
}
