package org.bestvalue.assessment.evidence;

import java.time.LocalDate;
import java.util.UUID;

/** What happens to an item of the evidence library (stream type {@code evidence}). */
public sealed interface EvidenceEvent {
    UUID evidenceId();

    record EvidenceItemAdded(UUID evidenceId, int revision, String title, EvidenceKind kind, String reference, String uri,
                             String owner, LocalDate date, String description, String contentHash) implements EvidenceEvent {
    }

    record EvidenceItemRevised(UUID evidenceId, int revision, String title, EvidenceKind kind, String reference, String uri,
                               String owner, LocalDate date, String description, String contentHash) implements EvidenceEvent {
    }
}
