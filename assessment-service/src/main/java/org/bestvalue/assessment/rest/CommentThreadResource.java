package org.bestvalue.assessment.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.assessment.application.CommentThreadService;
import org.bestvalue.assessment.comment.CommentThread;
import org.bestvalue.assessment.comment.CommentThreadCommand;
import org.bestvalue.assessment.comment.CommentThreadDecider;
import org.bestvalue.assessment.projection.CommentMessageRow;
import org.bestvalue.assessment.projection.CommentThreadRow;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.IfNoneMatch;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.eventkit.security.Roles;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Comment threads on a narrative: reviewers, the moderator, leadership and the planner comment (optionally on a quoted
 * passage); authors reply and resolve. Who may do what is {@link org.bestvalue.assessment.comment.CommentRules}.
 */
@Path("/cycles/{cycleId}/narratives/{code}/threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVERY_ROLE)
@Tag(name = "Comment threads", description = "Reviewers' comments on a narrative, the authors' replies, and their resolution")
public class CommentThreadResource {
    @Inject
    CommentThreadService threads;
    @Inject
    RequestContext ctx;
    @Inject
    PeopleDirectory people;

    /** Every council role that can hold a part in a thread (CommentRules decides what each may do). */
    private static final List<String> ROLES = List.of(Roles.PLANNER, Roles.AUTHOR, Roles.REVIEWER, Roles.MODERATOR,
            Roles.LEADERSHIP, Roles.ACTION_OWNER, Roles.AUDITOR, Roles.ADMIN);

    /**
     * A thread with every message; {@code version} is its stream version (the ETag a reply, resolve or reopen names).
     *
     * @param people everyone the thread names (openers, repliers, who resolved it) by name and job title, keyed by user id
     */
    public record ThreadView(UUID id, UUID cycleId, String characteristicCode, String status, String quote, int narrativeRevision,
                             String openedBy, Instant openedAt, List<MessageView> messages, String resolvedBy, String resolutionNote,
                             Instant resolvedAt, Instant updatedAt, long version, Map<String, Person> people) {
    }

    /** The opening comment is seq 1, each reply the next. */
    public record MessageView(int seq, String authorId, String text, Instant at) {
    }

    public record StartRequest(@NotBlank @Size(max = CommentThreadDecider.MAX_TEXT) String text,
                               @Size(max = CommentThreadDecider.MAX_QUOTE) String quote) {
    }

    public record ReplyRequest(@NotBlank @Size(max = CommentThreadDecider.MAX_TEXT) String text) {
    }

    public record ResolveRequest(@Size(max = CommentThreadDecider.MAX_NOTE) String note) {
    }

    public record ReopenRequest(@Size(max = CommentThreadDecider.MAX_NOTE) String reason) {
    }

    @GET

    @Operation(summary = "The narrative's comment threads with their messages, paged; filter by status",
            description = "Sort by openedAt, updatedAt, status or id; default openedAt,id (oldest first).")
    public Uni<Page<ThreadView>> list(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @BeanParam PageParams params,
                                      @Parameter(description = "OPEN or RESOLVED") @QueryParam("status") String status) {
        PageRequest page = params.validate(CommentThreadRow.SORTS);
        String statusFilter = statusFilter(status);
        String council = ctx.councilId();
        return threads.context(council, cycleId, code)
                .chain(c -> Panache.withSession(() -> CommentThreadRow.ofNarrative(council, c.narrative().narrativeId(), statusFilter, page, row -> row)
                        .chain(rows -> views(council, rows.items()).map(views -> new Page<>(views, rows.page(), rows.size(), rows.total())))));
    }

    @POST
    @RolesAllowed({Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER})
    @Operation(summary = "Comment on the narrative, optionally on a passage quoted from its current text (starts a thread)",
            description = "An Idempotency-Key makes a retry answer as the first time.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "on a passage", value = """
            { "text": "Which survey shows this? Please link it as evidence.", "quote": "residents are satisfied" }""")))
    @APIResponse(responseCode = "201", description = "Started; Location and ETag name the thread")
    @APIResponse(responseCode = "400", description = "text missing, or text or quote too long (invalid-request)")
    @APIResponse(responseCode = "403", description = "Your role does not start comments (forbidden, may-not-comment)")
    @APIResponse(responseCode = "409", description = "The cycle is closed (cycle-closed)")
    @APIResponse(responseCode = "422", description = "The quoted passage is not in the narrative's current text (quote-not-in-narrative, field quote)")
    public Uni<Response> start(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @Valid @NotNull StartRequest body) {
        return threads.start(ctx.command(), participant(), cycleId, code, body.text(), body.quote())
                .chain(l -> Panache.withSession(() -> view(l)).map(v -> Answers.created("/cycles/" + cycleId + "/narratives/" + v.characteristicCode()
                        + "/threads/" + v.id(), l.version(), v)));
    }

    @GET

    @Path("/{threadId}")
    @Operation(summary = "One comment thread with its messages; ETag = stream version")
    public Uni<Response> get(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("threadId") UUID threadId,
                             @BeanParam IfNoneMatch ifNoneMatch) {
        return threads.get(ctx.councilId(), cycleId, code, threadId).chain(l -> Panache.withSession(() -> view(l)))
                .map(v -> ifNoneMatch.ok(v, v.version()));
    }

    @POST
    @Path("/{threadId}/replies")
    @RolesAllowed({Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER, Roles.AUTHOR, Roles.ACTION_OWNER})
    @Operation(summary = "Reply in an open thread (If-Match: the thread's ETag)",
            description = "Reviewing roles, authors and anyone who worked on the narrative (a recorded contributor) may reply.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reply", value = "{ \"text\": \"Linked the 2023 residents' survey; see revision 3.\" }")))
    @APIResponse(responseCode = "400", description = "text missing or too long (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "403", description = "Neither a reviewing role, an author nor someone who worked on the narrative (forbidden, may-not-comment)")
    @APIResponse(responseCode = "409", description = "The thread is resolved (thread-resolved), stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> reply(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("threadId") UUID threadId,
                               @BeanParam IfMatch ifMatch, @Valid @NotNull ReplyRequest body) {
        return decide(cycleId, code, threadId, ifMatch, (who, narrative, open) -> new CommentThreadCommand.Reply(body.text(), who, narrative, open));
    }

    @POST
    @Path("/{threadId}/resolve")
    @RolesAllowed({Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER, Roles.AUTHOR, Roles.ACTION_OWNER})
    @Operation(summary = "Resolve a thread: the comment was addressed (If-Match); it stays in the narrative's history",
            description = "The narrative's authors and contributors, the planner or the thread's opener may resolve it; an optional note says how.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "addressed", value = "{ \"note\": \"Revision 3 links the survey results.\" }")))
    @APIResponse(responseCode = "400", description = "note too long (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "403", description = "Not the narrative's author or contributor, the planner or the opener (forbidden, may-not-resolve-thread)")
    @APIResponse(responseCode = "409", description = "Already resolved (thread-resolved), stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> resolve(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("threadId") UUID threadId,
                                 @BeanParam IfMatch ifMatch, @Valid ResolveRequest body) {
        String note = body == null ? null : body.note();
        return decide(cycleId, code, threadId, ifMatch, (who, narrative, open) -> new CommentThreadCommand.Resolve(note, who, narrative, open));
    }

    @POST
    @Path("/{threadId}/reopen")
    @RolesAllowed({Roles.REVIEWER, Roles.MODERATOR, Roles.LEADERSHIP, Roles.PLANNER, Roles.AUTHOR, Roles.ACTION_OWNER})
    @Operation(summary = "Reopen a resolved thread (If-Match), with an optional reason",
            description = "The same people who may resolve it may reopen it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "not addressed", value = "{ \"reason\": \"The survey linked is from 2021.\" }")))
    @APIResponse(responseCode = "400", description = "reason too long (invalid-request), or a malformed If-Match (invalid-if-match)")
    @APIResponse(responseCode = "403", description = "Not the narrative's author or contributor, the planner or the opener (forbidden, may-not-resolve-thread)")
    @APIResponse(responseCode = "409", description = "The thread is open (thread-not-resolved), stale If-Match (concurrency-conflict) or closed cycle (cycle-closed)")
    public Uni<Response> reopen(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code, @PathParam("threadId") UUID threadId,
                                @BeanParam IfMatch ifMatch, @Valid ReopenRequest body) {
        String reason = body == null ? null : body.reason();
        return decide(cycleId, code, threadId, ifMatch, (who, narrative, open) -> new CommentThreadCommand.Reopen(reason, who, narrative, open));
    }

    /** A thread's command, made from who sends it and what the narrative is when it is decided. */
    @FunctionalInterface
    private interface ThreadCommand {
        CommentThreadCommand of(CommentThreadCommand.Participant who, CommentThreadCommand.NarrativeFacts narrative, boolean cycleOpen);
    }

    // Every write on a thread: the version it read, the caller as a participant, the command, the thread as it now is.
    private Uni<Response> decide(UUID cycleId, String code, UUID threadId, IfMatch ifMatch, ThreadCommand command) {
        long expected = ifMatch.version();
        CommentThreadCommand.Participant who = participant();
        return threads.decide(ctx.command(), cycleId, code, threadId, expected, (narrative, open) -> command.of(who, narrative, open))
                .chain(l -> Panache.withSession(() -> view(l)).map(v -> Answers.ok(l.version(), v)));
    }

    private CommentThreadCommand.Participant participant() {
        Set<String> roles = ROLES.stream().filter(ctx::hasRole).collect(Collectors.toUnmodifiableSet());
        return new CommentThreadCommand.Participant(ctx.userId(), roles);
    }

    // The thread as its query rows hold it (written in the same transaction as its events).
    // A write reads its answer in a session of its own, opened once the command is done: a session holds its
    // connection while it is open, and the command takes its own (CONTRIBUTING.md, "An endpoint").
    private Uni<ThreadView> view(Loaded<CommentThread> l) {
        String council = ctx.councilId();
        return CommentThreadRow.<CommentThreadRow>findById(l.state().id()).chain(row -> {
            if (row == null || !row.councilId.equals(council)) throw new NotFound("No comment thread " + l.state().id());
            return views(council, List.of(row));
        }).map(list -> list.get(0));
    }

    private Uni<List<ThreadView>> views(String council, List<CommentThreadRow> rows) {
        return CommentMessageRow.of(council, rows.stream().map(r -> r.id).toList()).chain(messages -> {
            Set<String> ids = new LinkedHashSet<>();
            rows.forEach(r -> {
                ids.add(r.openedBy);
                if (r.resolvedBy != null) ids.add(r.resolvedBy);
            });
            messages.forEach(m -> ids.add(m.authorId));
            return people.lookup(ids).map(who -> {
                List<ThreadView> out = new ArrayList<>(rows.size());
                for (CommentThreadRow r : rows) {
                    List<MessageView> mine = messages.stream().filter(m -> m.threadId.equals(r.id))
                            .map(m -> new MessageView(m.seq, m.authorId, m.text, m.at)).toList();
                    Map<String, Person> named = new java.util.LinkedHashMap<>();
                    named.put(r.openedBy, who.getOrDefault(r.openedBy, Person.unresolved(r.openedBy)));
                    mine.forEach(m -> named.putIfAbsent(m.authorId(), who.getOrDefault(m.authorId(), Person.unresolved(m.authorId()))));
                    if (r.resolvedBy != null) named.putIfAbsent(r.resolvedBy, who.getOrDefault(r.resolvedBy, Person.unresolved(r.resolvedBy)));
                    out.add(new ThreadView(r.id, r.cycleId, r.characteristicCode, r.status, r.quote, r.narrativeRevision, r.openedBy,
                            r.openedAt, mine, r.resolvedBy, r.resolutionNote, r.resolvedAt, r.updatedAt, r.streamVersion, named));
                }
                return out;
            });
        });
    }

    private static String statusFilter(String status) {
        if (status == null || status.isBlank()) return null;
        try {
            return CommentThread.ThreadStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(400, "invalid-status", "status", "status must be OPEN or RESOLVED");
        }
    }
}
