package org.bestvalue.assessment.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.comment.CommentThread;
import org.bestvalue.assessment.comment.CommentThreadCommand;
import org.bestvalue.assessment.comment.CommentThreadCommand.NarrativeFacts;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.DerivedIds;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/** Starts, answers, resolves and reopens comment threads on a cycle's narratives. */
@ApplicationScoped
public class CommentThreadService {
    @Inject
    AssessmentAggregates aggregates;
    @Inject
    NarrativeService narratives;

    /** The cycle and the narrative a thread is on; 404 when the council has neither. */
    public record Context(Cycle cycle, NarrativeFacts narrative) {
    }

    public Uni<Context> context(String councilId, UUID cycleId, String code) {
        return aggregates.cycles.require(councilId, cycleId.toString())
                .chain(cycle -> narratives.get(councilId, cycleId, code).map(l -> new Context(cycle.state(), facts(l.state()))));
    }

    static NarrativeFacts facts(Narrative n) {
        Set<String> people = new LinkedHashSet<>();
        n.revisions().forEach(r -> people.add(r.authorId()));
        n.contributors().forEach(c -> people.add(c.userId()));
        return new NarrativeFacts(n.id(), n.current().text(), n.current().revision(), Set.copyOf(people));
    }

    public Uni<Loaded<CommentThread>> start(CommandContext ctx, CommentThreadCommand.Participant who, UUID cycleId, String code,
                                            String text, String quote) {
        UUID id = DerivedIds.forCreate(ctx, AssessmentAggregates.COMMENT_THREAD);
        return context(ctx.councilId(), cycleId, code).chain(c -> aggregates.threads.handle(ctx, id.toString(), EventStore.NO_STREAM,
                        new CommentThreadCommand.StartThread(id, cycleId, code, text, quote, who, c.narrative(), c.cycle().acceptsWrites()),
                        aggregates.threadProjection))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    /** A thread of the narrative; 404 for a thread of another narrative or council. */
    public Uni<Loaded<CommentThread>> get(String councilId, UUID cycleId, String code, UUID threadId) {
        return context(councilId, cycleId, code).chain(c -> thread(councilId, c, threadId));
    }

    private Uni<Loaded<CommentThread>> thread(String councilId, Context c, UUID threadId) {
        return aggregates.threads.load(councilId, threadId.toString()).map(l -> {
            if (!l.exists() || !l.state().narrativeId().equals(c.narrative().narrativeId()))
                throw new NotFound("The narrative has no comment thread " + threadId);
            return l;
        });
    }

    /** Runs a command on an existing thread of the narrative, at the version the client read. */
    public Uni<Loaded<CommentThread>> decide(CommandContext ctx, UUID cycleId, String code, UUID threadId, long expectedVersion,
                                             BiFunction<NarrativeFacts, Boolean, CommentThreadCommand> command) {
        return context(ctx.councilId(), cycleId, code).chain(c -> thread(ctx.councilId(), c, threadId)
                        .chain(() -> aggregates.threads.handle(ctx, threadId.toString(), expectedVersion,
                                command.apply(c.narrative(), c.cycle().acceptsWrites()), aggregates.threadProjection)))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    /** Every event of the threads, oldest first per thread (a narrative's history shows its resolved threads). */
    public Uni<List<EventEnvelope>> events(String councilId, List<UUID> threadIds) {
        Uni<List<EventEnvelope>> all = Uni.createFrom().item(new ArrayList<>());
        for (UUID id : threadIds) {
            all = all.chain(list -> aggregates.events(councilId, aggregates.threads, id.toString()).map(events -> {
                list.addAll(events);
                return list;
            }));
        }
        return all;
    }
}
