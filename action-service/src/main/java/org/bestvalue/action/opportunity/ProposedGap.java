package org.bestvalue.action.opportunity;

/**
 * The gap of an opportunity proposed from a final score, worded as the council's Appendix A reads: what the
 * colour says of the evidence (docs/domain.md, the six-colour scale), then the reason in the scorers' own words
 * ("Partly evidenced, with gaps in the narrative: No corporate benchmarking framework"). A planner rewrites it
 * as the opportunity takes shape.
 */
public final class ProposedGap {
    /** When no scorer's words reached this service (e.g. the score was recorded before it listened for them). */
    static final String SEE_RATIONALE = "see the reviewer's rationale";

    private ProposedGap() {
    }

    /**
     * @param colour    a final colour that leaves room to improve
     * @param rationale the reviewer's rationale, or the reason of the moderator or leadership who revised it; null when unknown
     */
    public static String text(Colour colour, String rationale) {
        String words = rationale == null || rationale.isBlank() ? SEE_RATIONALE : rationale.strip();
        String gap = evidence(colour) + ": " + words;
        return gap.length() > OpportunityDecider.GAP_MAX ? gap.substring(0, OpportunityDecider.GAP_MAX) : gap;
    }

    /** What a colour says of the evidence, in a committee report's words. */
    static String evidence(Colour colour) {
        return switch (colour) {
            case DARK_GREEN -> "Strong evidence for a comprehensive narrative";
            case LIGHT_GREEN -> "Evidence supports the narrative, with gaps in the evidence";
            case YELLOW -> "Partly evidenced, with gaps in the narrative";
            case AMBER -> "Limited evidence for the narrative so far";
            case RED -> "Little or no evidence of success yet";
            case GREY -> "Outside officers' control";
        };
    }
}
