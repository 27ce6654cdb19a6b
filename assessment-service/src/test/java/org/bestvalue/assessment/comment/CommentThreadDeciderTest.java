package org.bestvalue.assessment.comment;

import org.bestvalue.assessment.DeciderFixture;
import org.bestvalue.assessment.comment.CommentThreadCommand.NarrativeFacts;
import org.bestvalue.assessment.comment.CommentThreadCommand.Participant;
import org.bestvalue.assessment.comment.CommentThreadCommand.Reopen;
import org.bestvalue.assessment.comment.CommentThreadCommand.Reply;
import org.bestvalue.assessment.comment.CommentThreadCommand.Resolve;
import org.bestvalue.assessment.comment.CommentThreadCommand.StartThread;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentReplied;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadReopened;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadResolved;
import org.bestvalue.assessment.comment.CommentThreadEvent.CommentThreadStarted;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentThreadDeciderTest {
    static final UUID THREAD = UUID.randomUUID(), NARRATIVE = UUID.randomUUID(), CYCLE = UUID.randomUUID();
    static final String TEXT = "Residents are satisfied with the council's services, as the 2023 survey shows.";
    static final NarrativeFacts FACTS = new NarrativeFacts(NARRATIVE, TEXT, 2, Set.of("author-1", "head-of-finance"));
    static final Participant REVIEWER = new Participant("reviewer-ci", Set.of("reviewer"));
    static final Participant OTHER_REVIEWER = new Participant("reviewer-l", Set.of("reviewer"));
    static final Participant MODERATOR = new Participant("moderator-1", Set.of("moderator"));
    static final Participant LEADER = new Participant("leader-1", Set.of("leadership"));
    static final Participant AUTHOR = new Participant("author-1", Set.of("author"));
    static final Participant ANOTHER_AUTHOR = new Participant("author-2", Set.of("author"));
    static final Participant CONTRIBUTOR = new Participant("head-of-finance", Set.of("action-owner"));
    static final Participant OFFICER = new Participant("officer-9", Set.of("action-owner"));
    static final Participant PLANNER = new Participant("planner-1", Set.of("planner"));
    static final Participant AUDITOR = new Participant("auditor-1", Set.of("auditor"));

    final DeciderFixture<CommentThreadCommand, CommentThreadEvent, CommentThread> fixture = DeciderFixture.of(new CommentThreadDecider());

    static CommentThreadStarted started() {
        return new CommentThreadStarted(THREAD, NARRATIVE, CYCLE, "CI011", "Which survey? Link it as evidence.",
                "the 2023 survey shows", 2, REVIEWER.userId());
    }

    static CommentThreadResolved resolved() {
        return new CommentThreadResolved(THREAD, NARRATIVE, CYCLE, "CI011", AUTHOR.userId(), "Linked in revision 3");
    }

    static StartThread start(Participant who, String quote) {
        return new StartThread(THREAD, CYCLE, "CI011", "Which survey? Link it as evidence.", quote, who, FACTS, true);
    }

    @Test
    void aReviewerCommentsOnAPassageQuotedFromTheNarrativesCurrentText() {
        fixture.when(start(REVIEWER, "  the 2023 survey shows ")).then(started());
    }

    @Test
    void theModeratorLeadershipAndThePlannerCommentToo() {
        for (Participant who : new Participant[]{MODERATOR, LEADER, PLANNER}) {
            fixture.when(start(who, null)).then(new CommentThreadStarted(THREAD, NARRATIVE, CYCLE, "CI011",
                    "Which survey? Link it as evidence.", null, 2, who.userId()));
        }
    }

    @Test
    void aQuoteThatIsNotInTheCurrentTextIsRefusedNamingQuote() {
        var v = fixture.when(start(REVIEWER, "the 2021 survey shows")).thenRejected(422, "quote");
        assertEquals("quote-not-in-narrative", v.code());
    }

    @Test
    void authorsOfficersAuditorsAndAdminsDoNotStartThreads() {
        for (Participant who : new Participant[]{AUTHOR, CONTRIBUTOR, AUDITOR, new Participant("admin-1", Set.of("admin"))}) {
            assertEquals("may-not-comment", fixture.when(start(who, null)).thenRejected(403, null).code());
        }
    }

    @Test
    void aCommentNeedsText() {
        fixture.when(new StartThread(THREAD, CYCLE, "CI011", "  ", null, REVIEWER, FACTS, true)).thenRejected(422, "text");
        fixture.when(new StartThread(THREAD, CYCLE, "CI011", "x".repeat(CommentThreadDecider.MAX_TEXT + 1), null, REVIEWER, FACTS, true))
                .thenRejected(422, "text");
    }

    @Test
    void nothingIsSaidOnAClosedCycle() {
        assertEquals("cycle-closed", fixture.when(new StartThread(THREAD, CYCLE, "CI011", "x", null, REVIEWER, FACTS, false))
                .thenRejected(409, "cycleId").code());
        fixture.given(started()).when(new Reply("x", AUTHOR, FACTS, false)).thenRejected(409, "cycleId");
    }

    @Test
    void theAuthorRepliesAndTheRepliesAreNumbered() {
        fixture.given(started()).when(new Reply("Linked now.", AUTHOR, FACTS, true))
                .then(new CommentReplied(THREAD, NARRATIVE, CYCLE, "CI011", 2, "Linked now.", AUTHOR.userId()));
        fixture.given(started(), new CommentReplied(THREAD, NARRATIVE, CYCLE, "CI011", 2, "Linked now.", AUTHOR.userId()))
                .when(new Reply("Thanks.", REVIEWER, FACTS, true))
                .then(new CommentReplied(THREAD, NARRATIVE, CYCLE, "CI011", 3, "Thanks.", REVIEWER.userId()));
    }

    @Test
    void aContributorRepliesButAnOfficerWhoNeverWorkedOnTheNarrativeDoesNot() {
        fixture.given(started()).when(new Reply("From the workshop: yes.", CONTRIBUTOR, FACTS, true))
                .then(new CommentReplied(THREAD, NARRATIVE, CYCLE, "CI011", 2, "From the workshop: yes.", CONTRIBUTOR.userId()));
        assertEquals("may-not-comment", fixture.given(started()).when(new Reply("x", OFFICER, FACTS, true)).thenRejected(403, null).code());
        fixture.given(started()).when(new Reply("x", AUDITOR, FACTS, true)).thenRejected(403, null);
    }

    @Test
    void theNarrativesAuthorAContributorThePlannerOrTheOpenerResolves() {
        for (Participant who : new Participant[]{AUTHOR, CONTRIBUTOR, PLANNER, REVIEWER}) {
            fixture.given(started()).when(new Resolve(" Linked in revision 3 ", who, FACTS, true))
                    .then(new CommentThreadResolved(THREAD, NARRATIVE, CYCLE, "CI011", who.userId(), "Linked in revision 3"));
        }
    }

    @Test
    void anotherReviewerOrAnAuthorWhoNeverWorkedOnTheNarrativeCannotResolveIt() {
        for (Participant who : new Participant[]{OTHER_REVIEWER, MODERATOR, ANOTHER_AUTHOR, OFFICER}) {
            assertEquals("may-not-resolve-thread", fixture.given(started()).when(new Resolve(null, who, FACTS, true))
                    .thenRejected(403, null).code());
        }
    }

    @Test
    void aResolvedThreadTakesNoReplyAndNoSecondResolutionUntilReopened() {
        assertEquals("thread-resolved", fixture.given(started(), resolved()).when(new Reply("x", AUTHOR, FACTS, true))
                .thenRejected(409, "threadId").code());
        fixture.given(started(), resolved()).when(new Resolve(null, AUTHOR, FACTS, true)).thenRejected(409, "threadId");
        fixture.given(started(), resolved()).when(new Reopen("The survey linked is from 2021", REVIEWER, FACTS, true))
                .then(new CommentThreadReopened(THREAD, NARRATIVE, CYCLE, "CI011", REVIEWER.userId(), "The survey linked is from 2021"));
        fixture.given(started(), resolved(), new CommentThreadReopened(THREAD, NARRATIVE, CYCLE, "CI011", REVIEWER.userId(), null))
                .when(new Reply("Now the 2023 one.", AUTHOR, FACTS, true))
                .then(new CommentReplied(THREAD, NARRATIVE, CYCLE, "CI011", 2, "Now the 2023 one.", AUTHOR.userId()));
    }

    @Test
    void onlyAResolvedThreadIsReopenedAndOnlyByThoseWhoMayResolveIt() {
        assertEquals("thread-not-resolved", fixture.given(started()).when(new Reopen(null, REVIEWER, FACTS, true))
                .thenRejected(409, "threadId").code());
        fixture.given(started(), resolved()).when(new Reopen(null, OTHER_REVIEWER, FACTS, true)).thenRejected(403, null);
    }

    @Test
    void aThreadThatDoesNotExistIsNotFound() {
        fixture.when(new Reply("x", AUTHOR, FACTS, true)).thenRejected(404, "threadId");
    }
}
