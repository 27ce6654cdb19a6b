package org.bestvalue.assessment.comment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bestvalue.assessment.Fixtures;
import org.bestvalue.assessment.application.CommentThreadService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comment threads' query tables rebuilt from the events table equal the live ones (DESIGN.md §4.7). */
@QuarkusTest
class CommentProjectionRebuildTests {
    static final List<String> TABLES = List.of(
            "SELECT * FROM comment_threads ORDER BY id", "SELECT * FROM comment_messages ORDER BY thread_id, seq");
    static final CommentThreadCommand.Participant REVIEWER = new CommentThreadCommand.Participant("reviewer-sd", Set.of("reviewer"));
    static final CommentThreadCommand.Participant AUTHOR = new CommentThreadCommand.Participant("author-1", Set.of("author"));

    @Inject
    Fixtures fixtures;
    @Inject
    CommentThreadService threads;

    @Test
    void rebuildingTheCommentTablesFromTheEventsGivesTheSameRows() {
        UUID cycle = fixtures.cycleWithNarrative(Fixtures.COUNCIL, "SD006", "Complaints are answered within ten working days.");
        UUID resolved = start(cycle, "Is this measured?", "ten working days");
        step(cycle, resolved, 1, (n, open) -> new CommentThreadCommand.Reply("Yes: the complaints dashboard.", AUTHOR, n, open));
        step(cycle, resolved, 2, (n, open) -> new CommentThreadCommand.Resolve("Dashboard linked", AUTHOR, n, open));
        UUID reopened = start(cycle, "What about stage two?", null);
        step(cycle, reopened, 1, (n, open) -> new CommentThreadCommand.Resolve(null, AUTHOR, n, open));
        step(cycle, reopened, 2, (n, open) -> new CommentThreadCommand.Reopen("Not answered", REVIEWER, n, open));

        List<String> rows = fixtures.rebuildGivesTheSameRows(TABLES);
        assertTrue(rows.stream().anyMatch(r -> r.contains(resolved.toString()) && r.contains("RESOLVED")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Dashboard linked")), rows.toString());
    }

    private UUID start(UUID cycle, String text, String quote) {
        return Fixtures.await(() -> threads.start(Fixtures.as(Fixtures.COUNCIL, REVIEWER.userId()), REVIEWER, cycle, "SD006", text, quote))
                .state().id();
    }

    private void step(UUID cycle, UUID thread, long version,
                      java.util.function.BiFunction<CommentThreadCommand.NarrativeFacts, Boolean, CommentThreadCommand> command) {
        String actor = command.apply(new CommentThreadCommand.NarrativeFacts(null, "", 1, Set.of()), true).who().userId();
        Fixtures.await(() -> threads.decide(Fixtures.as(Fixtures.COUNCIL, actor), cycle, "SD006", thread, version, command));
    }
}
