package org.bestvalue.assessment.narrative;

/** Where a narrative stands on its way to review. */
public enum NarrativeStatus {
    DRAFT, READY_FOR_REVIEW, MORE_EVIDENCE_REQUESTED;

    /** draft → ready for review → more evidence requested → ready for review …; a ready one may go back to draft. */
    public boolean canBecome(NarrativeStatus to) {
        return switch (this) {
            case DRAFT -> to == READY_FOR_REVIEW;
            case READY_FOR_REVIEW -> to == MORE_EVIDENCE_REQUESTED || to == DRAFT;
            case MORE_EVIDENCE_REQUESTED -> to == READY_FOR_REVIEW;
        };
    }
}
