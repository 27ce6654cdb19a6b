package org.bestvalue.assessment.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A conversation about one narrative: the opening comment (optionally on a quoted passage), replies, and whether it is resolved. */
public record CommentThread(UUID id, UUID narrativeId, UUID cycleId, String characteristicCode, String quote,
                            int narrativeRevision, String openedBy, ThreadStatus status, List<Message> messages,
                            String resolvedBy, String resolutionNote) {

    public enum ThreadStatus { OPEN, RESOLVED }

    /** The opening comment is message 1, each reply the next. */
    public record Message(int seq, String authorId, String text) {
    }

    public static final CommentThread NONE = new CommentThread(null, null, null, null, null, 0, null, null, List.of(), null, null);

    public boolean exists() {
        return id != null;
    }

    public boolean resolved() {
        return status == ThreadStatus.RESOLVED;
    }

    CommentThread withMessage(Message m) {
        List<Message> all = new ArrayList<>(messages);
        all.add(m);
        return new CommentThread(id, narrativeId, cycleId, characteristicCode, quote, narrativeRevision, openedBy, status,
                List.copyOf(all), resolvedBy, resolutionNote);
    }

    CommentThread resolvedBy(String who, String note) {
        return new CommentThread(id, narrativeId, cycleId, characteristicCode, quote, narrativeRevision, openedBy,
                ThreadStatus.RESOLVED, messages, who, note);
    }

    CommentThread reopened() {
        return new CommentThread(id, narrativeId, cycleId, characteristicCode, quote, narrativeRevision, openedBy,
                ThreadStatus.OPEN, messages, null, null);
    }
}
