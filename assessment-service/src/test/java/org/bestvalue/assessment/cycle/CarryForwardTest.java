package org.bestvalue.assessment.cycle;

import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;
import org.bestvalue.eventkit.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CarryForwardTest {
    static final UUID OLD = UUID.randomUUID();
    static final UUID NEW = UUID.randomUUID();
    static final UUID EVIDENCE = UUID.randomUUID();

    static Characteristic ch(String code) {
        return new Characteristic(code, "CI", code, null, 1, null);
    }

    static FrameworkVersion version(UUID id, UUID predecessor, List<Characteristic> chars, List<MappingEntry> mapping) {
        return new FrameworkVersion(id, "v", "v-" + id, predecessor, List.of(new Theme("CI", "CI", 1)), chars, mapping, FrameworkVersion.Status.PUBLISHED);
    }

    @Test
    void narrativesFollowTheMappingRemovedOnesAreDroppedAndAddedOnesStartEmpty() {
        var old = version(OLD, null, List.of(ch("A"), ch("B"), ch("C"), ch("K")), List.of());
        var next = version(NEW, OLD, List.of(ch("A"), ch("B2"), ch("N"), ch("K")), List.of(
                new MappingEntry("A", "A", Change.UNCHANGED), new MappingEntry("B2", "B", Change.REWORDED),
                new MappingEntry(null, "C", Change.REMOVED), new MappingEntry("N", null, Change.ADDED),
                new MappingEntry(null, "K", Change.REMOVED)));
        var plan = CarryForward.plan(old, next, Map.of(
                "A", new CarryForward.Source("A", "text A", "u1", List.of(EVIDENCE)),
                "B", new CarryForward.Source("B", "text B", "u2", List.of()),
                "C", new CarryForward.Source("C", "text C", "u3", List.of()),
                "K", new CarryForward.Source("K", "text K", "u4", List.of())));
        assertEquals(List.of("A", "B2", "K"), plan.drafts().stream().map(CarryForward.Draft::code).toList());
        assertEquals(List.of(EVIDENCE), plan.drafts().get(0).evidenceIds());
        assertEquals("text B", plan.drafts().get(1).text());
        assertEquals(List.of("C"), plan.dropped());
        assertEquals(List.of("N"), plan.startedEmpty());
    }

    @Test
    void versionsWithoutAMappingBetweenThemAreRefused() {
        var a = version(OLD, null, List.of(ch("A")), List.of());
        var b = version(NEW, null, List.of(ch("A")), List.of());
        RuleViolation v = assertThrows(RuleViolation.class, () -> CarryForward.plan(a, b, Map.of()));
        assertEquals("frameworkVersionId", v.field());
    }
}
