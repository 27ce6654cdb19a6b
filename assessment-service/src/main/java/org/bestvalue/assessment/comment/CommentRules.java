package org.bestvalue.assessment.comment;

import org.bestvalue.assessment.comment.CommentThreadCommand.NarrativeFacts;
import org.bestvalue.assessment.comment.CommentThreadCommand.Participant;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.security.Roles;

import java.util.Set;

/**
 * Who may do what in a comment thread on a narrative (the council's "address comments raised by reviewers").
 *
 * <ul>
 *   <li><b>Start a thread</b>: the council's reviewing roles — reviewer, moderator, leadership — and the planner who runs
 *       the cycle. The assessment service does not know scoring's reviewer assignments, so any user with the
 *       reviewer role may comment on any narrative of the council: commenting is not scoring, and the independence
 *       rule stays scoring's.</li>
 *   <li><b>Reply</b>: whoever may start a thread, any author, and anyone who worked on the narrative (wrote a
 *       revision or is a recorded contributor, e.g. a head of service from a workshop).</li>
 *   <li><b>Resolve</b> (the comment was addressed) and <b>reopen</b> (it was not, after all): the narrative's people —
 *       whoever wrote one of its revisions or is a recorded contributor — the planner, and the thread's opener.
 *       A reviewer cannot close someone else's comment.</li>
 * </ul>
 */
public final class CommentRules {
    /** The roles that raise comments on narratives. */
    public static final Set<String> COMMENTING_ROLES = Set.of(Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER);

    private CommentRules() {
    }

    public static boolean mayStart(Participant who) {
        return COMMENTING_ROLES.stream().anyMatch(who::has);
    }

    public static boolean mayReply(Participant who, NarrativeFacts narrative) {
        return mayStart(who) || who.has(Roles.AUTHOR) || narrative.workedOnBy().contains(who.userId());
    }

    public static boolean mayResolveOrReopen(Participant who, CommentThread thread, NarrativeFacts narrative) {
        return who.has(Roles.PLANNER) || who.userId().equals(thread.openedBy()) || narrative.workedOnBy().contains(who.userId());
    }

    static void requireStart(Participant who) {
        if (!mayStart(who)) {
            throw new RuleViolation(403, "may-not-comment", null,
                    "Comments on narratives are raised by reviewers, the moderator, leadership and the planner");
        }
    }

    static void requireReply(Participant who, NarrativeFacts narrative) {
        if (!mayReply(who, narrative)) {
            throw new RuleViolation(403, "may-not-comment", null,
                    "Replies come from the reviewing roles, authors and the people who worked on the narrative");
        }
    }

    static void requireResolveOrReopen(Participant who, CommentThread thread, NarrativeFacts narrative, String verb) {
        if (!mayResolveOrReopen(who, thread, narrative)) {
            throw new RuleViolation(403, "may-not-resolve-thread", null,
                    "Only the narrative's authors and contributors, the planner or the thread's opener may " + verb + " it");
        }
    }
}
