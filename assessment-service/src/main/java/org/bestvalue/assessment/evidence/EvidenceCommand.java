package org.bestvalue.assessment.evidence;

import java.util.UUID;

/** What an author asks of the evidence library. */
public sealed interface EvidenceCommand {
    /** @param today the council's date (Europe/London): an evidence item cannot be dated after it */
    record AddEvidenceItem(UUID evidenceId, EvidenceDetails details, java.time.LocalDate today) implements EvidenceCommand {
        public AddEvidenceItem(UUID evidenceId, EvidenceDetails details) {
            this(evidenceId, details, java.time.LocalDate.MAX);
        }
    }

    /** @param today the council's date (Europe/London): an evidence item cannot be dated after it */
    record ReviseEvidenceItem(EvidenceDetails details, java.time.LocalDate today) implements EvidenceCommand {
        public ReviseEvidenceItem(EvidenceDetails details) {
            this(details, java.time.LocalDate.MAX);
        }
    }
}
