package org.bestvalue.assessment.narrative;

import org.bestvalue.assessment.DeciderFixture;
import org.bestvalue.assessment.narrative.NarrativeCommand.AttachEvidence;
import org.bestvalue.assessment.narrative.NarrativeCommand.ChangeStatus;
import org.bestvalue.assessment.narrative.NarrativeCommand.CharacteristicKind;
import org.bestvalue.assessment.narrative.NarrativeCommand.DetachEvidence;
import org.bestvalue.assessment.narrative.NarrativeCommand.DraftNarrative;
import org.bestvalue.assessment.narrative.NarrativeCommand.RecordContributor;
import org.bestvalue.assessment.narrative.NarrativeCommand.RemoveContributor;
import org.bestvalue.assessment.narrative.NarrativeCommand.ReviseNarrative;
import org.bestvalue.assessment.narrative.NarrativeEvent.ContributorRecorded;
import org.bestvalue.assessment.narrative.NarrativeEvent.ContributorRemoved;
import org.bestvalue.assessment.narrative.NarrativeEvent.EvidenceAttached;
import org.bestvalue.assessment.narrative.NarrativeEvent.EvidenceDetached;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeDrafted;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeRevised;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeStatusChanged;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.bestvalue.assessment.narrative.NarrativeStatus.DRAFT;
import static org.bestvalue.assessment.narrative.NarrativeStatus.MORE_EVIDENCE_REQUESTED;
import static org.bestvalue.assessment.narrative.NarrativeStatus.READY_FOR_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeDeciderTest {
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID CYCLE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID EVIDENCE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final NarrativeDrafted DRAFTED = new NarrativeDrafted(ID, CYCLE, "CI011", 1, "first", "author-1");

    private final DeciderFixture<NarrativeCommand, NarrativeEvent, Narrative> fixture = DeciderFixture.of(new NarrativeDecider());

    @Test
    void aScoredCharacteristicIsDraftedAsRevisionOne() {
        fixture.when(new DraftNarrative(ID, CYCLE, "CI011", CharacteristicKind.SCORED, "first", "author-1", true)).then(DRAFTED);
    }

    @Test
    void aCrossReferenceCellOrAnUnknownCodeHasNoNarrative() {
        fixture.when(new DraftNarrative(ID, CYCLE, "G002", CharacteristicKind.CROSS_REFERENCE, "x", "a", true)).thenRejected(422, "characteristicCode");
        fixture.when(new DraftNarrative(ID, CYCLE, "ZZ1", CharacteristicKind.UNKNOWN, "x", "a", true)).thenRejected(422, "characteristicCode");
    }

    @Test
    void aCharacteristicHasOneNarrativePerCycle() {
        fixture.given(DRAFTED).when(new DraftNarrative(ID, CYCLE, "CI011", CharacteristicKind.SCORED, "again", "a", true))
                .thenRejected(409, "characteristicCode");
    }

    @Test
    void aRevisionGetsTheNextNumberAndKeepsItsAuthor() {
        fixture.given(DRAFTED).when(new ReviseNarrative("second", "author-2", true))
                .then(new NarrativeRevised(ID, CYCLE, "CI011", 2, "second", "author-2"));
        fixture.given(DRAFTED).when(new ReviseNarrative("first", "author-2", true)).then();
    }

    @Test
    void oversizedOrEmptyTextIsRefused() {
        fixture.given(DRAFTED).when(new ReviseNarrative("x".repeat(NarrativeDecider.MAX_TEXT + 1), "a", true)).thenRejected(422, "text");
        fixture.given(DRAFTED).when(new ReviseNarrative(" ", "a", true)).thenRejected(422, "text");
    }

    @Test
    void aClosedCyclesNarrativeDoesNotChange() {
        fixture.given(DRAFTED).when(new ReviseNarrative("late", "a", false)).thenRejected(409, "cycleId");
    }

    @Test
    void thePlannerRemovesAContributorInEveryRoleWithAReason() {
        ContributorRecorded asParticipant = new ContributorRecorded(ID, CYCLE, "CI011", "hos-1", "workshop participant");
        ContributorRecorded asReader = new ContributorRecorded(ID, CYCLE, "CI011", "hos-1", "reader");
        fixture.given(DRAFTED, asParticipant, asReader).when(new RemoveContributor("hos-1", " Recorded by mistake ", true))
                .then(new ContributorRemoved(ID, CYCLE, "CI011", "hos-1", List.of("workshop participant", "reader"), "Recorded by mistake"));
        assertEquals("reason-required", fixture.given(DRAFTED, asParticipant).when(new RemoveContributor("hos-1", " ", true))
                .thenRejected(422, "reason").code());
        fixture.given(DRAFTED, asParticipant).when(new RemoveContributor("someone-else", "Mistake", true))
                .thenRejected(404, "userId");
        fixture.given(DRAFTED, asParticipant, new ContributorRemoved(ID, CYCLE, "CI011", "hos-1", List.of("workshop participant"), "Mistake"))
                .when(new RemoveContributor("hos-1", "Again", true)).thenRejected(404, "userId");
        fixture.given(DRAFTED, asParticipant).when(new RemoveContributor("hos-1", "Mistake", false)).thenRejected(409, "cycleId");
    }

    @Test
    void contributorsAreRecordedOncePerRole() {
        fixture.given(DRAFTED).when(new RecordContributor("hos-1", "workshop participant", true))
                .then(new ContributorRecorded(ID, CYCLE, "CI011", "hos-1", "workshop participant"));
        fixture.given(DRAFTED, new ContributorRecorded(ID, CYCLE, "CI011", "hos-1", "workshop participant"))
                .when(new RecordContributor("hos-1", "workshop participant", true)).then();
    }

    @Test
    void reviewGoesDraftReadyMoreEvidenceReadyAgain() {
        fixture.given(DRAFTED).when(new ChangeStatus(READY_FOR_REVIEW, true))
                .then(new NarrativeStatusChanged(ID, CYCLE, "CI011", DRAFT, READY_FOR_REVIEW));
        var ready = new NarrativeStatusChanged(ID, CYCLE, "CI011", DRAFT, READY_FOR_REVIEW);
        fixture.given(DRAFTED, ready).when(new ChangeStatus(MORE_EVIDENCE_REQUESTED, true))
                .then(new NarrativeStatusChanged(ID, CYCLE, "CI011", READY_FOR_REVIEW, MORE_EVIDENCE_REQUESTED));
        var more = new NarrativeStatusChanged(ID, CYCLE, "CI011", READY_FOR_REVIEW, MORE_EVIDENCE_REQUESTED);
        fixture.given(DRAFTED, ready, more).when(new ChangeStatus(READY_FOR_REVIEW, true))
                .then(new NarrativeStatusChanged(ID, CYCLE, "CI011", MORE_EVIDENCE_REQUESTED, READY_FOR_REVIEW));
    }

    @Test
    void aDraftCannotBeSentBackForMoreEvidence() {
        fixture.given(DRAFTED).when(new ChangeStatus(MORE_EVIDENCE_REQUESTED, true)).thenRejected(409, "to");
    }

    @Test
    void evidenceOfTheLibraryIsAttachedOnceAndDetached() {
        fixture.given(DRAFTED).when(new AttachEvidence(EVIDENCE, true, true)).then(new EvidenceAttached(ID, CYCLE, "CI011", EVIDENCE));
        fixture.given(DRAFTED).when(new AttachEvidence(EVIDENCE, false, true)).thenRejected(422, "evidenceId");
        var attached = new EvidenceAttached(ID, CYCLE, "CI011", EVIDENCE);
        fixture.given(DRAFTED, attached).when(new AttachEvidence(EVIDENCE, true, true)).thenRejected(409, "evidenceId");
        fixture.given(DRAFTED, attached).when(new DetachEvidence(EVIDENCE, true)).then(new EvidenceDetached(ID, CYCLE, "CI011", EVIDENCE));
        fixture.given(DRAFTED).when(new DetachEvidence(EVIDENCE, true)).thenRejected(404, "evidenceId");
    }
}
