package org.bestvalue.assessment.narrative;

import java.util.UUID;

/**
 * What happens to a narrative (stream type {@code narrative}); the contract is in docs/events.md. Every
 * event names its cycle and characteristic so a subscriber needs no lookup.
 */
public sealed interface NarrativeEvent {
    UUID narrativeId();

    UUID cycleId();

    String characteristicCode();

    record NarrativeDrafted(UUID narrativeId, UUID cycleId, String characteristicCode, int revision, String text,
                            String authorId) implements NarrativeEvent {
    }

    record NarrativeRevised(UUID narrativeId, UUID cycleId, String characteristicCode, int revision, String text,
                            String authorId) implements NarrativeEvent {
    }

    record ContributorRecorded(UUID narrativeId, UUID cycleId, String characteristicCode, String userId, String role)
            implements NarrativeEvent {
    }

    /** The user is no longer a contributor, in any of {@code roles}; {@code reason} says why (e.g. recorded by mistake). */
    record ContributorRemoved(UUID narrativeId, UUID cycleId, String characteristicCode, String userId,
                              java.util.List<String> roles, String reason) implements NarrativeEvent {
    }

    record NarrativeStatusChanged(UUID narrativeId, UUID cycleId, String characteristicCode, NarrativeStatus from,
                                  NarrativeStatus to) implements NarrativeEvent {
    }

    record EvidenceAttached(UUID narrativeId, UUID cycleId, String characteristicCode, UUID evidenceId)
            implements NarrativeEvent {
    }

    record EvidenceDetached(UUID narrativeId, UUID cycleId, String characteristicCode, UUID evidenceId)
            implements NarrativeEvent {
    }
}
