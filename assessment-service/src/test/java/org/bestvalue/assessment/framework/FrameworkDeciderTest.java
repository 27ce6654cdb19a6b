package org.bestvalue.assessment.framework;

import org.bestvalue.assessment.DeciderFixture;
import org.bestvalue.assessment.framework.FrameworkCommand.ImportVersion;
import org.bestvalue.assessment.framework.FrameworkCommand.PublishVersion;
import org.bestvalue.assessment.framework.FrameworkEvent.FrameworkVersionImported;
import org.bestvalue.assessment.framework.FrameworkEvent.FrameworkVersionPublished;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameworkDeciderTest {
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID PRED = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final List<Theme> THEMES = List.of(new Theme("CI", "Continuous Improvement", 1), new Theme("G", "Governance", 2));

    static Characteristic ch(String code, String theme, int order) {
        return new Characteristic(code, theme, code + " title", null, order, null);
    }

    private final DeciderFixture<FrameworkCommand, FrameworkEvent, FrameworkVersion> fixture = DeciderFixture.of(new FrameworkDecider());

    @Test
    void aVersionWithACrossReferenceIsImportedAsADraft() {
        var chars = List.of(ch("CI012", "CI", 12), new Characteristic("G002", "G", "See CI012", null, 2, "CI012"));
        fixture.when(new ImportVersion(ID, new FrameworkSpec("Statutory", "statutory-2024", THEMES, chars, List.of()), null, null))
                .then(new FrameworkVersionImported(ID, "Statutory", "statutory-2024", null, THEMES, chars, List.of()));
        assertEquals(FrameworkVersion.Status.DRAFT, new FrameworkDecider().fold(List.of(
                new FrameworkVersionImported(ID, "Statutory", "statutory-2024", null, THEMES, chars, List.of()))).status());
    }

    @Test
    void duplicateCharacteristicCodesAreRefusedNamingTheSecond() {
        fixture.when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES, List.of(ch("CI001", "CI", 1), ch("CI001", "CI", 2)), List.of()), null, null))
                .thenRejected(422, "characteristics[1].code");
    }

    @Test
    void aCrossReferenceToAnUnknownCharacteristicIsRefused() {
        fixture.when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES,
                        List.of(ch("CI001", "CI", 1), new Characteristic("G002", "G", "See CI012", null, 2, "CI012")), List.of()), null, null))
                .thenRejected(422, "characteristics[1].crossReferenceTo");
    }

    @Test
    void everyPredecessorCharacteristicMustBeMapped() {
        var spec = new FrameworkSpec("x", "x", THEMES, List.of(ch("CI001", "CI", 1)),
                List.of(new MappingEntry("CI001", "CI001", Change.UNCHANGED)));
        fixture.when(new ImportVersion(ID, spec, PRED, Set.of("CI001", "CI002"))).thenRejected(422, "mapping");
    }

    @Test
    void aCharacteristicTheGuidanceRemovedMayBeKeptByTheCouncil() {
        var chars = List.of(ch("CI001", "CI", 1), ch("CI002", "CI", 2));
        var mapping = List.of(new MappingEntry("CI001", "CI001", Change.REWORDED), new MappingEntry(null, "CI002", Change.REMOVED));
        fixture.when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES, chars, mapping), PRED, Set.of("CI001", "CI002")))
                .then(new FrameworkVersionImported(ID, "x", "x", PRED, THEMES, chars, mapping));
    }

    @Test
    void onlyMergedEntriesMayShareACode() {
        var chars = List.of(ch("CI001", "CI", 1));
        var mapping = List.of(new MappingEntry("CI001", "CI001", Change.UNCHANGED), new MappingEntry("CI001", "CI002", Change.REWORDED));
        fixture.when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES, chars, mapping), PRED, Set.of("CI001", "CI002")))
                .thenRejected(422, "mapping[1].code");
        var merged = List.of(new MappingEntry("CI001", "CI001", Change.MERGED), new MappingEntry("CI001", "CI002", Change.MERGED));
        fixture.when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES, chars, merged), PRED, Set.of("CI001", "CI002")))
                .then(new FrameworkVersionImported(ID, "x", "x", PRED, THEMES, chars, merged));
    }

    @Test
    void aVersionIsImportedOnce() {
        var imported = new FrameworkVersionImported(ID, "x", "x", null, THEMES, List.of(ch("CI001", "CI", 1)), List.of());
        fixture.given(imported).when(new ImportVersion(ID, new FrameworkSpec("x", "x", THEMES, List.of(ch("CI001", "CI", 1)), List.of()), null, null))
                .thenRejected(409, "frameworkVersionId");
    }

    @Test
    void aDraftIsPublishedOnce() {
        var imported = new FrameworkVersionImported(ID, "x", "x", null, THEMES, List.of(ch("CI001", "CI", 1)), List.of());
        fixture.given(imported).when(new PublishVersion(ID)).then(new FrameworkVersionPublished(ID));
        fixture.given(imported, new FrameworkVersionPublished(ID)).when(new PublishVersion(ID)).thenRejected(409, "status");
    }

    @Test
    void theDiffCountsEachKindOfChangeAndListsWhatTheCouncilKept() {
        var decider = new FrameworkDecider();
        var draft = decider.fold(List.of(new FrameworkVersionImported(PRED, "d", "d", null, THEMES,
                List.of(ch("CI001", "CI", 1), ch("CI002", "CI", 2), ch("CI003", "CI", 3)), List.of())));
        var statutory = decider.fold(List.of(new FrameworkVersionImported(ID, "s", "s", PRED, THEMES,
                List.of(ch("CI001", "CI", 1), ch("CI002", "CI", 2), ch("CI004", "CI", 4)),
                List.of(new MappingEntry("CI001", "CI001", Change.UNCHANGED), new MappingEntry(null, "CI002", Change.REMOVED),
                        new MappingEntry(null, "CI003", Change.REMOVED), new MappingEntry("CI004", null, Change.ADDED)))));
        FrameworkDiff diff = FrameworkDiff.between(draft, statutory);
        assertEquals(1, diff.counts().get(Change.UNCHANGED));
        assertEquals(2, diff.counts().get(Change.REMOVED));
        assertEquals(1, diff.counts().get(Change.ADDED));
        assertEquals(List.of("CI002"), diff.retainedByCouncil());
    }
}
