package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionStatus;
import org.bestvalue.reporting.agreement.InterRaterAgreement;
import org.bestvalue.reporting.audit.ScoreChange;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.yearonyear.Movement;
import org.bestvalue.reporting.yearonyear.YearOnYear;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds event sequences into the projections and checks the views computed from them. */
@QuarkusTest
class ReadModelProjectionTests extends FedTests {
    static final CouncilHistory HISTORY = new CouncilHistory("projection-borough").year2024().year2025();

    @Inject
    Reports reports;
    @Inject
    ObjectMapper mapper;

    ReadModelProjectionTests() {
        super(HISTORY);
    }

    HeatMap heatMap(String cycle, java.time.Instant asOf) {
        return Reads.await(() -> reports.heatMap(HISTORY.council, cycle, asOf));
    }

    @Test
    void the2024ScoresGiveTheCommitteeReportsFigures() {
        HeatMap map = heatMap(HISTORY.cycle2024, null);
        HeatMap.Breakdown t = map.summary().totals();
        assertThat(t.characteristics()).isEqualTo(73);
        assertThat(t.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Colour.DARK_GREEN, 13, Colour.LIGHT_GREEN, 42,
                Colour.YELLOW, 15, Colour.AMBER, 1, Colour.RED, 0, Colour.GREY, 2));
        assertThat(map.summary().greenSentence()).isEqualTo("55 of 73 (75%) green");
        assertThat(t.percentages().get(Colour.YELLOW)).isEqualTo(21);
        assertThat(map.summary().sentences()).contains("15 (21%) yellow");
        assertThat(map.summary().thematicConcerns()).isEmpty();
        assertThat(map.themes()).noneMatch(HeatMap.ThemeRow::thematicConcern);
        assertThat(map.summary().statuses().get(CellStatus.FINAL)).isEqualTo(73);
    }

    @Test
    void aCrossReferenceReadsSeeItsTargetAndIsNotCounted() {
        HeatMap map = heatMap(HISTORY.cycle2024, null);
        HeatMap.ThemeRow governance = map.themes().stream().filter(t -> t.code().equals("G")).findFirst().orElseThrow();
        HeatMap.Cell g002 = governance.cells().stream().filter(c -> c.code().equals("G002")).findFirst().orElseThrow();
        assertThat(g002.label()).isEqualTo("see CI012");
        assertThat(g002.colour()).isNull();
        assertThat(g002.status()).isNull();
        assertThat(governance.cells()).hasSize(11);
        assertThat(governance.breakdown().characteristics()).isEqualTo(10);
    }

    @Test
    void theNamedCellsHaveTheReportsColours() {
        Map<String, Colour> cells = heatMap(HISTORY.cycle2024, null).themes().stream().flatMap(t -> t.cells().stream())
                .filter(c -> c.colour() != null).collect(Collectors.toMap(HeatMap.Cell::code, HeatMap.Cell::colour));
        assertThat(cells).containsEntry("CI010", Colour.AMBER).containsEntry("CI011", Colour.YELLOW)
                .containsEntry("L009", Colour.GREY).containsEntry("C003", Colour.GREY);
    }

    @Test
    void theHeatMapBeforeLeadershipReviewDiffersWhereScoresWereRevised() {
        HeatMap before = heatMap(HISTORY.cycle2024, CouncilHistory.BEFORE_LEADERSHIP_REVIEW);
        HeatMap after = heatMap(HISTORY.cycle2024, null);
        assertThat(before.summary().totals().counts().get(Colour.YELLOW)).isEqualTo(18);
        assertThat(before.summary().totals().counts().get(Colour.LIGHT_GREEN)).isEqualTo(39);
        assertThat(before.summary().statuses().get(CellStatus.MODERATED)).isEqualTo(73);
        for (String code : CouncilHistory.REVISED_BY_LEADERSHIP) {
            assertThat(colour(before, code)).isEqualTo(Colour.YELLOW);
            assertThat(colour(after, code)).isEqualTo(Colour.LIGHT_GREEN);
        }
        // The committee snapshot (10 June) is after finalisation: it equals the final figures.
        HeatMap snapshot = heatMap(HISTORY.cycle2024, CouncilHistory.SNAPSHOT);
        assertThat(snapshot.summary().totals()).isEqualTo(after.summary().totals());
    }

    @Test
    void theHeatMapBeforeAnyScoreShowsEveryCharacteristicUnscored() {
        HeatMap map = heatMap(HISTORY.cycle2024, java.time.Instant.parse("2024-04-30T00:00:00Z"));
        assertThat(map.summary().totals().unscored()).isEqualTo(73);
        assertThat(map.summary().greenSentence()).isEqualTo("0 of 73 (0%) green");
    }

    @Test
    void eventsDeliveredTwiceChangeNothing() throws Exception {
        String heatBefore = mapper.writeValueAsString(heatMap(HISTORY.cycle2024, null));
        String planBefore = mapper.writeValueAsString(Reads.await(() -> reports.actionPlan(HISTORY.council, HISTORY.cycle2024)));
        String trailBefore = mapper.writeValueAsString(Reads.await(() -> reports.history(HISTORY.council, HISTORY.cycle2024, "R004", Reads.wholeHistory())));
        for (EventEnvelope e : HISTORY.events()) {
            assertThat(consumers.apply(e).await().indefinitely()).as("a redelivery is recognised").isFalse();
        }
        assertThat(mapper.writeValueAsString(heatMap(HISTORY.cycle2024, null))).isEqualTo(heatBefore);
        assertThat(mapper.writeValueAsString(Reads.await(() -> reports.actionPlan(HISTORY.council, HISTORY.cycle2024))))
                .isEqualTo(planBefore);
        assertThat(mapper.writeValueAsString(Reads.await(() -> reports.history(HISTORY.council, HISTORY.cycle2024, "R004", Reads.wholeHistory()))))
                .isEqualTo(trailBefore);
    }

    @Test
    void yearOnYearAcrossARewordedFrameworkVersion() {
        YearOnYear yoy = Reads.await(() -> reports.yearOnYear(HISTORY.council, HISTORY.cycle2025, null));
        assertThat(yoy.sameFramework()).isFalse();
        assertThat(yoy.previous().year()).isEqualTo(2024);
        assertThat(line(yoy, "G012").previousCodes()).containsExactly("G011");
        assertThat(line(yoy, "G012").change()).isEqualTo("REWORDED");
        Colour g011 = CouncilHistory.final2024().get("G011");
        assertThat(line(yoy, "G012").movement()).isEqualTo(g011 == Colour.DARK_GREEN ? Movement.UNCHANGED : Movement.IMPROVED);
        assertThat(line(yoy, "PCE008").movement()).isEqualTo(Movement.NEW);
        assertThat(line(yoy, "PCE008").change()).isEqualTo("ADDED");
        assertThat(line(yoy, "CI010").movement()).isEqualTo(Movement.IMPROVED);
        assertThat(line(yoy, "CI011").movement()).isEqualTo(Movement.DECLINED);
        assertThat(line(yoy, "C003").movement()).as("grey counts in neither direction").isEqualTo(Movement.NOT_COMPARABLE);
        YearOnYear.Line removed = yoy.lines().stream().filter(l -> l.previousCodes().equals(List.of("L009")) && l.code() == null)
                .findFirst().orElseThrow();
        assertThat(removed.movement()).isEqualTo(Movement.REMOVED);
        int improved = g011 == Colour.DARK_GREEN ? 1 : 2;
        assertThat(yoy.totals()).containsEntry(Movement.IMPROVED, improved).containsEntry(Movement.DECLINED, 1)
                .containsEntry(Movement.NEW, 1).containsEntry(Movement.REMOVED, 1)
                .containsEntry(Movement.NOT_COMPARABLE, 1).containsEntry(Movement.UNCHANGED, 73 - 3 - improved);
        YearOnYear.ThemeTotals ci = yoy.themes().stream().filter(t -> t.themeCode().equals("CI")).findFirst().orElseThrow();
        assertThat(ci.totals()).containsEntry(Movement.IMPROVED, 1).containsEntry(Movement.DECLINED, 1)
                .containsEntry(Movement.UNCHANGED, 10);
        assertThat(yoy.themes().stream().filter(t -> t.themeCode().equals("L")).findFirst().orElseThrow().totals())
                .containsEntry(Movement.REMOVED, 1);
    }

    @Test
    void theHistoryListsEveryChangeWithWhoWhenAndWhyInOrder() {
        String code = CouncilHistory.REVISED_BY_LEADERSHIP.get(0);
        List<ScoreChange> changes = Reads.await(() -> reports.history(HISTORY.council, HISTORY.cycle2024, code,
                Reads.wholeHistory())).items();
        assertThat(changes).extracting(ScoreChange::type)
                .containsExactly("ScoreRecorded", "ScoreModerated", "LeadershipReviewed", "ScoreFinalised");
        assertThat(changes).extracting(ScoreChange::seq).containsExactly(1, 2, 3, 4);
        assertThat(changes).extracting(ScoreChange::correlationId).containsOnly("corr-" + HISTORY.council);
        ScoreChange review = changes.get(2);
        assertThat(review.from()).isEqualTo(Colour.YELLOW);
        assertThat(review.to()).isEqualTo(Colour.LIGHT_GREEN);
        assertThat(review.actor()).isEqualTo("leader-1");
        assertThat(review.decision()).isEqualTo("REVISED");
        assertThat(review.reason()).isEqualTo("Further evidence supplied by the service");
        assertThat(changes).extracting(ScoreChange::at).isSorted();
    }

    @Test
    void theActionPlanCountsStatusesAndFlagsOverdueActionsOnTheClocksDate() {
        ActionPlan plan = Reads.await(() -> reports.actionPlan(HISTORY.council, HISTORY.cycle2024));
        assertThat(plan.today()).isEqualTo(java.time.LocalDate.of(2024, 11, 1));
        assertThat(plan.opportunities()).extracting(ActionPlan.Opportunity::characteristicCode).containsExactly("CI010", "CI011");
        assertThat(plan.opportunities()).extracting(ActionPlan.Opportunity::gap)
                .containsExactly("Benchmarking is not yet evidenced", CouncilHistory.REVISED_GAP);
        assertThat(plan.actions()).isEqualTo(3);
        assertThat(plan.statusCounts()).containsEntry(ActionStatus.IN_PROGRESS, 1).containsEntry(ActionStatus.COMPLETED, 1)
                .containsEntry(ActionStatus.PLANNED, 1);
        assertThat(plan.overdueActions()).extracting(ActionPlan.Action::description)
                .containsExactly("Join the LG Inform benchmarking club");
        ActionPlan.Action benchmarking = plan.opportunities().get(0).actions().get(0);
        assertThat(benchmarking.officers()).containsExactly("officer-7");
        assertThat(benchmarking.serviceArea()).isEqualTo("Corporate Performance");
        assertThat(benchmarking.indicativeTimeline()).isEqualTo("2024-Q3");
        assertThat(benchmarking.percent()).isEqualTo(40);
    }

    @Test
    void interRaterAgreementComparesReviewerAndModeratorAndLeavesGreyOutOfKappa() {
        InterRaterAgreement a = Reads.await(() -> reports.agreement(HISTORY.council, HISTORY.cycle2024, HISTORY.round2024));
        assertThat(a.pairs()).isEqualTo(73);
        assertThat(a.exactAgreements()).isEqualTo(71);
        assertThat(a.pairsExcludedAsGrey()).isEqualTo(2);
        assertThat(a.pairsInKappa()).isEqualTo(71);
        assertThat(a.weightedKappa()).isBetween(0.8, 1.0);
        assertThat(a.kappaNote()).contains("grey excluded");
    }

    private static Colour colour(HeatMap map, String code) {
        return map.themes().stream().flatMap(t -> t.cells().stream()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow().colour();
    }

    private static YearOnYear.Line line(YearOnYear yoy, String code) {
        return yoy.lines().stream().filter(l -> code.equals(l.code())).findFirst().orElseThrow();
    }
}
