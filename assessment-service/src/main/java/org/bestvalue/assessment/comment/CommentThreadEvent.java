package org.bestvalue.assessment.comment;

import java.util.UUID;

/**
 * What happens to a comment thread on a narrative (stream type {@code comment-thread}); the contract is in
 * docs/events.md. Every event names its narrative, cycle and characteristic so a subscriber (reporting's open-comment
 * counts) needs no lookup.
 */
public sealed interface CommentThreadEvent {
    UUID threadId();

    UUID narrativeId();

    UUID cycleId();

    String characteristicCode();

    /** A reviewer, the moderator, leadership or the planner opened a thread, optionally on a passage of the narrative. */
    record CommentThreadStarted(UUID threadId, UUID narrativeId, UUID cycleId, String characteristicCode, String text,
                                String quote, int narrativeRevision, String openedBy) implements CommentThreadEvent {
    }

    /** A reply in the thread; {@code seq} numbers the thread's messages (the opening comment is 1). */
    record CommentReplied(UUID threadId, UUID narrativeId, UUID cycleId, String characteristicCode, int seq, String text,
                          String authorId) implements CommentThreadEvent {
    }

    /** The comment was addressed; {@code note} (nullable) says how, e.g. "revision 4 adds the survey results". */
    record CommentThreadResolved(UUID threadId, UUID narrativeId, UUID cycleId, String characteristicCode, String resolvedBy,
                                 String note) implements CommentThreadEvent {
    }

    /** A resolved thread is open again; {@code reason} (nullable) says why. */
    record CommentThreadReopened(UUID threadId, UUID narrativeId, UUID cycleId, String characteristicCode, String reopenedBy,
                                 String reason) implements CommentThreadEvent {
    }
}
