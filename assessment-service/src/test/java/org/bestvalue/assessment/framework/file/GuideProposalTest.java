package org.bestvalue.assessment.framework.file;

import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideProposalTest {
    static final GuideText.At NOWHERE = new GuideText.At(null, null, "$");

    static GuideText guide(Object... themeThenItems) {
        List<GuideText.ThemeText> themes = new java.util.ArrayList<>();
        for (int i = 0; i < themeThenItems.length; i += 2) {
            List<GuideText.Item> items = java.util.Arrays.stream((String[]) themeThenItems[i + 1]).map(s -> new GuideText.Item(s, NOWHERE)).toList();
            themes.add(new GuideText.ThemeText((String) themeThenItems[i], NOWHERE, items));
        }
        return new GuideText(themes);
    }

    static final FrameworkVersion PREVIOUS = new FrameworkVersion(UUID.randomUUID(), "Previous", "previous", null,
            List.of(new Theme("CI", "Continuous Improvement", 1), new Theme("R", "Use of Resources", 2)),
            List.of(new Characteristic("CI001", "CI", "An improvement plan", null, 1, null),
                    new Characteristic("CI002", "CI", "Performance data drives improvement", null, 2, null),
                    new Characteristic("CI003", "CI", "Benchmarking against peers", null, 3, null),
                    new Characteristic("R001", "R", "A balanced budget", null, 1, null)),
            List.of(), FrameworkVersion.Status.PUBLISHED);

    @Test
    void withoutAPredecessorCodesFollowTheThemesInitialsAndTheGuidesOrder() {
        FrameworkFile f = GuideProposal.propose(guide("1. Continuous improvement", new String[]{"One", "Two"},
                "Partnerships and community engagement", new String[]{"Three"}, "Culture", new String[]{"Four"},
                "Customer care", new String[]{"Five"}), "Guide", "guide-2026", null);
        assertEquals(List.of("CI", "PCE", "C", "CC"), f.spec().themes().stream().map(Theme::code).toList());
        assertEquals(List.of("CI001", "CI002", "PCE001", "C001", "CC001"), f.spec().characteristics().stream().map(Characteristic::code).toList());
        assertTrue(f.spec().mapping().isEmpty());
        assertNull(f.predecessorId());
        assertTrue(f.problems(null).isEmpty(), f.problems(null).toString());
    }

    @Test
    void wordingRepeatedUnderALaterThemeIsACrossReferenceAsTheCouncilsG002() {
        FrameworkFile f = GuideProposal.propose(guide("Continuous improvement", new String[]{"Regular self-assessment"},
                "Governance", new String[]{"A current constitution", "Regular self-assessment."}), "Guide", "guide-2026", null);
        Characteristic g002 = f.spec().characteristics().get(2);
        assertEquals("G002", g002.code());
        assertEquals("CI001", g002.crossReferenceTo());
        assertEquals("See CI001", g002.title());
    }

    @Test
    void theProposedMappingKeepsSameWordingRewordsSameCellAddsAndRemovesTheRest() {
        FrameworkFile f = GuideProposal.propose(guide("Continuous Improvement",
                        new String[]{"A single improvement plan, owned by leaders", "Taking part in peer webinars", "performance data drives improvement."},
                        "Use of resources", new String[]{"A balanced budget"}),
                "Guide", "guide-2026", PREVIOUS);
        assertEquals(List.of("CI", "R"), f.spec().themes().stream().map(Theme::code).toList(), "theme codes kept by title");
        assertEquals(List.of(
                        new MappingEntry("CI001", "CI001", Change.REWORDED),
                        new MappingEntry("CI002", null, Change.ADDED),
                        new MappingEntry("CI003", "CI002", Change.UNCHANGED),
                        new MappingEntry("R001", "R001", Change.UNCHANGED),
                        new MappingEntry(null, "CI003", Change.REMOVED)),
                f.spec().mapping());
        assertEquals(PREVIOUS.id(), f.predecessorId());
        assertTrue(f.problems(java.util.Set.of("CI001", "CI002", "CI003", "R001")).isEmpty());
    }

    @Test
    void aTooLongCharacteristicIsReportedAtItsLineOfThePage() {
        String page = "<h2>Culture</h2>\n<h3>Characteristics of a well-functioning authority</h3>\n<ul>\n<li>Short</li>\n<li>"
                + "x".repeat(501) + "</li>\n</ul>";
        FrameworkFile f = GuideProposal.propose(new GuidePageReader().read(page), "Guide", "guide-2026", null);
        FileProblem p = f.problems(null).get(0);
        assertEquals(5, p.line());
        assertEquals("characteristics[1].title", p.field());
    }
}
