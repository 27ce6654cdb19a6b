package org.bestvalue.assessment.narrative;

import java.util.UUID;

/**
 * What users ask of a narrative. The facts a decision needs from outside the stream (is the cycle still
 * open, what the characteristic is in the cycle's framework) come in the command.
 */
public sealed interface NarrativeCommand {
    /** Whether the cycle still accepts writes (it is not closed). */
    boolean cycleOpen();

    /** What the code names in the cycle's framework version. */
    enum CharacteristicKind { SCORED, CROSS_REFERENCE, UNKNOWN }

    record DraftNarrative(UUID narrativeId, UUID cycleId, String characteristicCode, CharacteristicKind kind,
                          String text, String authorId, boolean cycleOpen) implements NarrativeCommand {
    }

    record ReviseNarrative(String text, String authorId, boolean cycleOpen) implements NarrativeCommand {
    }

    record RecordContributor(String userId, String role, boolean cycleOpen) implements NarrativeCommand {
    }

    /** The planner takes back a contributor recorded by mistake; the reason stays in the history. */
    record RemoveContributor(String userId, String reason, boolean cycleOpen) implements NarrativeCommand {
    }

    record ChangeStatus(NarrativeStatus to, boolean cycleOpen) implements NarrativeCommand {
    }

    /** @param evidenceExists whether the council's evidence library holds the item */
    record AttachEvidence(UUID evidenceId, boolean evidenceExists, boolean cycleOpen) implements NarrativeCommand {
    }

    record DetachEvidence(UUID evidenceId, boolean cycleOpen) implements NarrativeCommand {
    }
}
