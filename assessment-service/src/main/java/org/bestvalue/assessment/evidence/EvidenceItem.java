package org.bestvalue.assessment.evidence;

import java.util.UUID;

/** An item of the council's evidence library at its latest revision. */
public record EvidenceItem(UUID id, int revision, EvidenceDetails details) {
    public static final EvidenceItem NONE = new EvidenceItem(null, 0, null);

    public boolean exists() {
        return id != null;
    }
}
