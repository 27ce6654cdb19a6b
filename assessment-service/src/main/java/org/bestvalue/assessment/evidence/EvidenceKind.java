package org.bestvalue.assessment.evidence;

/** What sort of thing an evidence item is. */
public enum EvidenceKind {
    DOCUMENT, WEB_PAGE, COMMITTEE_DECISION, DATA
}
