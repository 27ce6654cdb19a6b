package org.bestvalue.assessment.comment;

import java.util.Set;
import java.util.UUID;

/**
 * What users ask of a comment thread. The facts a decision needs from outside the stream — who is acting with which
 * roles, the narrative's current text and who worked on it, whether the cycle is still open — come in the command.
 */
public sealed interface CommentThreadCommand {
    /** Whether the cycle still accepts writes (it is not closed). */
    boolean cycleOpen();

    /** Who acts: the token's user id and realm roles. */
    Participant who();

    /** The narrative the thread is on, as it stands now. */
    NarrativeFacts narrative();

    record Participant(String userId, Set<String> roles) {
        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    /**
     * @param currentText the narrative's latest revision (a quoted passage must occur in it)
     * @param revision    that revision's number
     * @param workedOnBy  the authors of its revisions and its recorded contributors
     */
    record NarrativeFacts(UUID narrativeId, String currentText, int revision, Set<String> workedOnBy) {
    }

    record StartThread(UUID threadId, UUID cycleId, String characteristicCode, String text, String quote, Participant who,
                       NarrativeFacts narrative, boolean cycleOpen) implements CommentThreadCommand {
    }

    record Reply(String text, Participant who, NarrativeFacts narrative, boolean cycleOpen) implements CommentThreadCommand {
    }

    record Resolve(String note, Participant who, NarrativeFacts narrative, boolean cycleOpen) implements CommentThreadCommand {
    }

    record Reopen(String reason, Participant who, NarrativeFacts narrative, boolean cycleOpen) implements CommentThreadCommand {
    }
}
