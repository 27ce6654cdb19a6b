package org.bestvalue.assessment.evidence;

import org.bestvalue.assessment.DeciderFixture;
import org.bestvalue.assessment.evidence.EvidenceCommand.AddEvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceCommand.ReviseEvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceEvent.EvidenceItemAdded;
import org.bestvalue.assessment.evidence.EvidenceEvent.EvidenceItemRevised;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

class EvidenceDeciderTest {
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final LocalDate DATE = LocalDate.of(2024, 2, 21);
    static final EvidenceItemAdded ADDED = new EvidenceItemAdded(ID, 1, "Corporate Plan", EvidenceKind.COMMITTEE_DECISION, "Minute 45/2024",
            null, "democratic-services", DATE, null, null);

    private final DeciderFixture<EvidenceCommand, EvidenceEvent, EvidenceItem> fixture = DeciderFixture.of(new EvidenceDecider());

    static EvidenceDetails details(String title, EvidenceKind kind, String reference, String uri, String hash) {
        return new EvidenceDetails(title, kind, reference, uri, "democratic-services", DATE, null, hash);
    }

    @Test
    void anEvidenceItemCannotBeDatedAfterToday() {
        java.time.LocalDate today = java.time.LocalDate.of(2024, 6, 10);
        EvidenceDetails future = new EvidenceDetails("Plan", EvidenceKind.DOCUMENT, "ref", null, null, today.plusDays(1), null, null);
        fixture.when(new AddEvidenceItem(ID, future, today)).thenRejected(422, "date");
        EvidenceDetails onTheDay = new EvidenceDetails("Plan", EvidenceKind.DOCUMENT, "ref", null, null, today, null, null);
        fixture.when(new AddEvidenceItem(ID, onTheDay, today)).then(new EvidenceItemAdded(ID, 1, "Plan", EvidenceKind.DOCUMENT, "ref",
                null, null, today, null, null));
    }

    @Test
    void anItemIsAddedAsRevisionOne() {
        fixture.when(new AddEvidenceItem(ID, details(" Corporate Plan ", EvidenceKind.COMMITTEE_DECISION, "Minute 45/2024", null, null))).then(ADDED);
    }

    @Test
    void anItemNeedsAReferenceOrAUriAndAWebPageItsUri() {
        fixture.when(new AddEvidenceItem(ID, details("x", EvidenceKind.DOCUMENT, null, null, null))).thenRejected(422, "reference");
        fixture.when(new AddEvidenceItem(ID, details("x", EvidenceKind.WEB_PAGE, "ref", null, null))).thenRejected(422, "uri");
        fixture.when(new AddEvidenceItem(ID, details("x", EvidenceKind.WEB_PAGE, null, "ftp://x", null))).thenRejected(422, "uri");
    }

    @Test
    void aContentHashIsASha256() {
        fixture.when(new AddEvidenceItem(ID, details("x", EvidenceKind.DATA, "ref", null, "abc"))).thenRejected(422, "contentHash");
    }

    @Test
    void aRevisionIsNumberedAndAnUnchangedOneStoresNothing() {
        fixture.given(ADDED).when(new ReviseEvidenceItem(details("Corporate Plan 2024", EvidenceKind.COMMITTEE_DECISION, "Minute 45/2024", null, null)))
                .then(new EvidenceItemRevised(ID, 2, "Corporate Plan 2024", EvidenceKind.COMMITTEE_DECISION, "Minute 45/2024", null,
                        "democratic-services", DATE, null, null));
        fixture.given(ADDED).when(new ReviseEvidenceItem(details("Corporate Plan", EvidenceKind.COMMITTEE_DECISION, "Minute 45/2024", null, null))).then();
    }

    @Test
    void anItemIsAddedOnceAndOnlyAnExistingOneIsRevised() {
        fixture.given(ADDED).when(new AddEvidenceItem(ID, details("x", EvidenceKind.DATA, "r", null, null))).thenRejected(409, "evidenceId");
        fixture.when(new ReviseEvidenceItem(details("x", EvidenceKind.DATA, "r", null, null))).thenRejected(404, "evidenceId");
    }
}
