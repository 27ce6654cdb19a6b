package org.bestvalue.reporting.benchmark;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bestvalue.reporting.heatmap.Colour.*;

/** The benchmark's maths, pure: counts per colour, the suppression below five councils, and where one stands. */
class SectorBenchmarkTest {
    static final FrameworkVersion FRAMEWORK = new FrameworkVersion("fw", "Statutory guidance", "statutory-2024", null,
            List.of(new FrameworkVersion.Theme("G", "Governance", 1)),
            List.of(new FrameworkVersion.Characteristic("G001", "G", "Governance one", null, 1, null),
                    new FrameworkVersion.Characteristic("G002", "G", "See CI012", null, 2, "CI012"),
                    new FrameworkVersion.Characteristic("G003", "G", "Governance three", null, 3, null)),
            List.of());

    static List<Map<String, Colour>> councils(Colour... g001) {
        List<Map<String, Colour>> all = new ArrayList<>();
        for (Colour c : g001) all.add(Map.of("G001", c));
        return all;
    }

    static SectorBenchmark.CharacteristicBenchmark g001(SectorBenchmark.Benchmark b) {
        return b.themes().get(0).characteristics().get(0);
    }

    @Test
    void fourCouncilsAreSuppressedWithTheReasonAndNoCounts() {
        var b = SectorBenchmark.of(FRAMEWORK, councils(YELLOW, YELLOW, AMBER), Map.of("G001", YELLOW));
        var row = g001(b);
        assertThat(row.suppressed()).isTrue();
        assertThat(row.counts()).isNull();
        assertThat(row.councils()).isNull();
        assertThat(row.suppressedReason()).contains("Fewer than 5 councils");
        // Not even the standing: "2 the same, 1 worse" would tell the others' colours.
        assertThat(row.standing().better()).isNull();
        assertThat(row.standing().same()).isNull();
        assertThat(row.standing().sentence()).contains("Yours is yellow").contains("not shown");
        assertThat(b.suppressed()).isTrue();
        assertThat(b.councils()).isNull();
    }

    @Test
    void fiveCouncilsShowTheCountOfEveryColourZerosIncluded() {
        var b = SectorBenchmark.of(FRAMEWORK, councils(DARK_GREEN, LIGHT_GREEN, LIGHT_GREEN, GREY), Map.of("G001", YELLOW));
        var row = g001(b);
        assertThat(row.suppressed()).isFalse();
        assertThat(row.councils()).isEqualTo(5);
        assertThat(row.counts()).extracting(SectorBenchmark.ColourCount::colour).containsExactly(Colour.values());
        assertThat(row.counts()).extracting(SectorBenchmark.ColourCount::councils).containsExactly(1, 2, 1, 0, 0, 1);
        assertThat(row.counts()).extracting(SectorBenchmark.ColourCount::colourName)
                .containsExactly("Dark green", "Light green", "Yellow", "Amber", "Red", "Grey");
        assertThat(b.councils()).isEqualTo(5);
        assertThat(b.suppressed()).isFalse();
    }

    @Test
    void aCrossReferenceIsNotBenchmarkedAndACharacteristicFewCouncilsScoredIsSuppressedOnItsOwn() {
        var b = SectorBenchmark.of(FRAMEWORK, councils(RED, RED, RED, RED, RED), null);
        assertThat(b.themes().get(0).characteristics()).extracting(SectorBenchmark.CharacteristicBenchmark::code)
                .containsExactly("G001", "G003");
        assertThat(g001(b).suppressed()).isFalse();
        assertThat(b.themes().get(0).characteristics().get(1).suppressed()).isTrue();
    }

    @Test
    void thePublicViewHasNoStanding() {
        var b = SectorBenchmark.of(FRAMEWORK, councils(RED, RED, RED, RED, RED), null);
        assertThat(g001(b).standing()).isNull();
    }

    @Test
    void whereYouStandCountsTheOtherCouncilsBetterTheSameAndWorseInWords() {
        var s = SectorBenchmark.standing("G001", YELLOW, List.of(DARK_GREEN, LIGHT_GREEN, YELLOW, AMBER, RED, GREY));
        assertThat(s.better()).isEqualTo(2);
        assertThat(s.same()).isEqualTo(1);
        assertThat(s.worse()).isEqualTo(2);
        assertThat(s.grey()).isEqualTo(1);
        assertThat(s.sentence()).isEqualTo("Yours is yellow. Of the other councils, 2 are better, 1 is the same and 2 are worse;"
                + " 1 is grey (not compared).");
    }

    @Test
    void greyIsOnNoScaleSoItIsNotCompared() {
        var s = SectorBenchmark.standing("L009", GREY, List.of(GREY, GREY, LIGHT_GREEN, RED));
        assertThat(s.better()).isNull();
        assertThat(s.worse()).isNull();
        assertThat(s.grey()).isEqualTo(2);
        assertThat(s.sentence()).startsWith("Yours is grey (outside officers' control)");
        assertThat(SectorBenchmark.standing("G001", null, List.of(RED)).sentence()).isEqualTo("You have no final colour for G001 yet.");
    }

    // --- what one council is counted with ---

    static ScoreEntry score(String code, String type, Colour colour, Instant at) {
        return new ScoreEntry(UUID.randomUUID(), "r", code, "G", type, CellStatus.after(type), colour, null, null, null, "a", at,
                "s:" + code, at.getEpochSecond());
    }

    static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
    static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void onlyAFinalisedScoreIsAFinalColour() {
        var history = List.of(score("G001", "ScoreRecorded", RED, MAY), score("G001", "ScoreFinalised", AMBER, JUNE),
                score("G003", "ScoreModerated", YELLOW, JUNE));
        assertThat(FinalColours.of(history, null)).containsExactlyEntriesOf(Map.of("G001", AMBER));
        assertThat(FinalColours.of(history, MAY)).isEmpty();
        // Reopened for more evidence after finalisation: no final colour until it is final again.
        var reopened = new ArrayList<>(history);
        reopened.add(score("G001", "ScoreReopened", null, JUNE.plusSeconds(60)));
        assertThat(FinalColours.of(reopened, null)).isEmpty();
    }

    @Test
    void aCouncilIsCountedOnceWithItsLatestCycleThatHasFinalColoursPublishedOnlyForThePublic() {
        Cycle y2024 = new Cycle("c24", "x", 2024, "2024", "fw", null, MAY, JUNE, JUNE, JUNE, null);
        Cycle y2025 = new Cycle("c25", "x", 2025, "2025", "fw", null, JUNE, null, null, null, null);
        Cycle y2026 = new Cycle("c26", "x", 2026, "2026", "fw", null, JUNE.plusSeconds(10), null, null, null, null);
        Map<String, List<ScoreEntry>> histories = Map.of(
                "c24", List.of(score("G001", "ScoreFinalised", RED, MAY), score("G001", "ScoreFinalised", AMBER, JUNE.plusSeconds(5))),
                "c25", List.of(score("G001", "ScoreFinalised", DARK_GREEN, JUNE)),
                "c26", List.of(score("G001", "ScoreRecorded", YELLOW, JUNE)));
        var counted = FinalColours.counted(List.of(y2024, y2025, y2026), c -> histories.getOrDefault(c, Collections.emptyList()), false);
        assertThat(counted.cycle().cycleId()).isEqualTo("c25");
        assertThat(counted.colours()).containsExactlyEntriesOf(Map.of("G001", DARK_GREEN));
        // The public sees the published 2024 cycle as of its snapshot (June), not the amber finalised after it.
        var published = FinalColours.counted(List.of(y2024, y2025, y2026), histories::get, true);
        assertThat(published.cycle().cycleId()).isEqualTo("c24");
        assertThat(published.colours()).containsExactlyEntriesOf(Map.of("G001", RED));
    }
}
