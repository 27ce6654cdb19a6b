package org.bestvalue.scoring.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bestvalue.scoring.round.RoundKind;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.LeadershipDecision;
import org.bestvalue.scoring.score.ModerationOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The bodies clients send; Bean Validation turns a bad one into a 400 naming the field. */
public final class Requests {
    private Requests() {
    }

    public record OpenRound(
            @Schema(description = "The assessment cycle to score", example = "5b0e7c4e-2f1a-4d53-9a1e-0c1d2e3f4a5b")
            @NotBlank @Size(max = 100) String cycleId,
            @Schema(example = "2024 initial scoring") @NotBlank @Size(max = 200) String name,
            @Schema(description = "INITIAL for the first round of a cycle, RECHECK after leadership review")
            @NotNull RoundKind kind) {
    }

    public record AssignReviewer(
            @Schema(description = "The reviewer's user id (token subject)", example = "3f6c1a9e-reviewer-ci")
            @NotBlank @Size(max = 200) String reviewerId) {
    }

    public record RecordScore(
            @Schema(description = "One of the six colours") @NotNull Colour colour,
            @Schema(description = "Why this colour", example = "Strong evidence for a comprehensive narrative; no gaps.")
            @NotBlank @Size(max = 20000) String rationale,
            @Schema(description = "Required for GREY: why the characteristic is outside officers' control")
            @Size(max = 10000) String greyJustification,
            @Schema(description = "Ids of the evidence items sampled from the evidence library")
            @Size(max = 500) List<@NotNull UUID> evidenceSampled) {

        public List<String> evidenceIds() {
            return evidenceSampled == null ? List.of() : evidenceSampled.stream().map(UUID::toString).distinct().toList();
        }
    }

    public record Moderate(
            @NotNull ModerationOutcome outcome,
            @Schema(description = "The revised colour (REVISED only)") Colour colour,
            @Schema(description = "Why; required for REVISED", example = "Consistent with the other governance scores")
            @Size(max = 10000) String reason) {
    }

    public record ReviewByLeadership(
            @NotNull LeadershipDecision decision,
            @Schema(description = "The revised colour (REVISED only)") Colour colour,
            @Schema(description = "Why; required for REVISED and MORE_EVIDENCE_REQUESTED",
                    example = "Add the 2024 budget consultation results to the narrative")
            @Size(max = 10000) String reason) {
    }
}
