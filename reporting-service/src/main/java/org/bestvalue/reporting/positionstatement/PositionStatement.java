package org.bestvalue.reporting.positionstatement;

import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the council says about one characteristic at an instant: the guidance (the framework's title and description),
 * the narrative's latest revision, the evidence it cites, and the score with its rationale (the reason given with the
 * latest score event). A cross-reference ("see CI012") has no narrative or score of its own.
 *
 * @param narrative  the text of the latest revision, or null when none was drafted by then
 * @param status     the narrative's status in words' constant (DRAFT, READY_FOR_REVIEW, …), null without a narrative
 * @param colour     null when not scored by then
 * @param rationale  the reason recorded with the latest score event
 */
public record PositionStatement(String themeCode, String code, String title, String guidance, String crossReferenceTo,
                                String narrative, Integer revision, String status, Instant revisedAt,
                                List<Evidence> evidence, Colour colour, CellStatus scoreStatus, String rationale,
                                Instant scoredAt) {

    /** An item of evidence as the narrative cites it: its latest revision by the instant asked for. */
    public record Evidence(String evidenceId, String title, String kind, String reference, LocalDate date, String link) {
    }

    public boolean crossReference() {
        return crossReferenceTo != null;
    }
}
