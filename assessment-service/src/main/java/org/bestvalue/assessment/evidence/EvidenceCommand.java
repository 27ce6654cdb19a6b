package org.bestvalue.assessment.evidence;

import java.util.UUID;

/** What an author asks of the evidence library. */
public sealed interface EvidenceCommand {
    record AddEvidenceItem(UUID evidenceId, EvidenceDetails details) implements EvidenceCommand {
    }

    record ReviseEvidenceItem(EvidenceDetails details) implements EvidenceCommand {
    }
}
