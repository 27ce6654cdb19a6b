package org.bestvalue.scoring.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.http.Answers;
import org.bestvalue.eventkit.http.IfMatch;
import org.bestvalue.eventkit.http.RequestContext;
import org.bestvalue.scoring.application.ScoringService;
import org.bestvalue.scoring.projection.ScoringQueries;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the round and score endpoints share: the request (its council, user and command context), the scoring
 * commands, and the query tables a write answers from once it is recorded.
 */
abstract class ScoringResource {
    @Inject
    ScoringService scoring;
    @Inject
    ScoringQueries queries;
    @Inject
    RequestContext ctx;

    /**
     * Runs a command at the version the client read (If-Match) and answers what it changed as the query tables
     * now show it, with its new version as ETag.
     */
    <V> Uni<Response> write(IfMatch ifMatch, Command command, Function<String, Uni<V>> readBack, ToLongFunction<V> version) {
        long expected = ifMatch.version();
        String council = ctx.councilId();
        // The query tables are read in a session opened once the command is done: a session holds its connection
        // while it is open, and the command takes its own (ConnectionPoolTests).
        return command.run(ctx.command(), expected)
                .chain(written -> io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> readBack.apply(council)))
                .map(view -> Answers.ok(version.applyAsLong(view), view));
    }

    /** A scoring command, given the request's command context and the version the client read. */
    @FunctionalInterface
    interface Command {
        Uni<?> run(CommandContext context, long expectedVersion);
    }
}
