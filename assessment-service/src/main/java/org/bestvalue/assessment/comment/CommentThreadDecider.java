package org.bestvalue.assessment.comment;

import org.bestvalue.assessment.comment.CommentThreadCommand.Reopen;
import org.bestvalue.assessment.comment.CommentThreadCommand.Reply;
import org.bestvalue.assessment.comment.CommentThreadCommand.Resolve;
import org.bestvalue.assessment.comment.CommentThreadCommand.StartThread;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentReplied;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadReopened;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadResolved;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadStarted;
import org.bestvalue.assessment.cycle.OpenCycleRule;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;

import java.util.List;

/**
 * Decides starting, replying to, resolving and reopening a comment thread on a narrative. A thread is its own
 * stream, so a comment never conflicts with an author's edit of the narrative; who may do what is {@link CommentRules}.
 */
public class CommentThreadDecider extends CommandTable<CommentThreadCommand, CommentThreadEvent, CommentThread> {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_QUOTE = 2_000;
    public static final int MAX_NOTE = 2_000;

    public CommentThreadDecider() {
        super(CommentThreadCommand.class, CommentThread.NONE);
        startedBy(() -> new RuleViolation(404, "not-found", "threadId", "No such comment thread on this narrative"), StartThread.class);
        when(CommentThreadStarted.class, (state, e) -> new CommentThread(e.threadId(), e.narrativeId(), e.cycleId(),
                e.characteristicCode(), e.quote(), e.narrativeRevision(), e.openedBy(), CommentThread.ThreadStatus.OPEN,
                List.of(new CommentThread.Message(1, e.openedBy(), e.text())), null, null));
        when(CommentReplied.class, (state, e) -> state.withMessage(new CommentThread.Message(e.seq(), e.authorId(), e.text())));
        when(CommentThreadResolved.class, (state, e) -> state.resolvedBy(e.resolvedBy(), e.note()));
        when(CommentThreadReopened.class, (state, e) -> state.reopened());
    }

    @Override
    public List<CommentThreadEvent> decide(CommentThreadCommand command, CommentThread state) {
        OpenCycleRule.requireOpen(command.cycleOpen());
        return super.decide(command, state);
    }

    private List<CommentThreadEvent> start(StartThread c, CommentThread state) {
        CommentRules.requireStart(c.who());
        if (state.exists()) throw new RuleViolation(409, "thread-exists", "threadId", "A thread with this id exists");
        String text = text(c.text(), "text");
        String quote = c.quote() == null || c.quote().isBlank() ? null : c.quote().strip();
        if (quote != null) {
            if (quote.length() > MAX_QUOTE)
                throw new RuleViolation("quote-too-long", "quote", "quote is longer than " + MAX_QUOTE + " characters");
            if (!c.narrative().currentText().contains(quote))
                throw new RuleViolation("quote-not-in-narrative", "quote",
                        "The quoted passage is not in revision " + c.narrative().revision() + " of the narrative: quote it as it reads now");
        }
        return List.of(new CommentThreadStarted(c.threadId(), c.narrative().narrativeId(), c.cycleId(), c.characteristicCode(),
                text, quote, c.narrative().revision(), c.who().userId()));
    }

    private List<CommentThreadEvent> reply(Reply c, CommentThread state) {
        CommentRules.requireReply(c.who(), c.narrative());
        String text = text(c.text(), "text");
        if (state.resolved())
            throw new RuleViolation(409, "thread-resolved", "threadId", "The thread is resolved: reopen it to reply");
        return List.of(new CommentReplied(state.id(), state.narrativeId(), state.cycleId(), state.characteristicCode(),
                state.messages().size() + 1, text, c.who().userId()));
    }

    private List<CommentThreadEvent> resolve(Resolve c, CommentThread state) {
        CommentRules.requireResolveOrReopen(c.who(), state, c.narrative(), "resolve");
        String note = optional(c.note(), "note");
        if (state.resolved())
            throw new RuleViolation(409, "thread-resolved", "threadId", "The thread is already resolved");
        return List.of(new CommentThreadResolved(state.id(), state.narrativeId(), state.cycleId(), state.characteristicCode(),
                c.who().userId(), note));
    }

    private List<CommentThreadEvent> reopen(Reopen c, CommentThread state) {
        CommentRules.requireResolveOrReopen(c.who(), state, c.narrative(), "reopen");
        String reason = optional(c.reason(), "reason");
        if (!state.resolved())
            throw new RuleViolation(409, "thread-not-resolved", "threadId", "The thread is open: only a resolved thread is reopened");
        return List.of(new CommentThreadReopened(state.id(), state.narrativeId(), state.cycleId(), state.characteristicCode(),
                c.who().userId(), reason));
    }

    private static String text(String text, String field) {
        if (text == null || text.isBlank()) throw new RuleViolation("text-required", field, field + " is required");
        if (text.length() > MAX_TEXT) throw new RuleViolation("text-too-long", field, field + " is longer than " + MAX_TEXT + " characters");
        return text.strip();
    }

    private static String optional(String note, String field) {
        if (note == null || note.isBlank()) return null;
        if (note.length() > MAX_NOTE)
            throw new RuleViolation(field + "-too-long", field, field + " is longer than " + MAX_NOTE + " characters");
        return note.strip();
    }
}
