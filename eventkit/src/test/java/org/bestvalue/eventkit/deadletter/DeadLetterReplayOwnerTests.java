package org.bestvalue.eventkit.deadletter;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** However many instances of a service run, one replays its dead letters at a time. */
@QuarkusTest
class DeadLetterReplayOwnerTests {
    @Inject
    DeadLetterReplay replay;
    @Inject
    Pool pool;

    @Test
    void aReplayWhileAnotherInstanceReplaysIsRefusedAndOneAfterItRuns() {
        // Another instance's replay: a session of its own holding the replay lock.
        SqlConnection other = pool.getConnection().await().indefinitely();
        try {
            other.preparedQuery("SELECT pg_advisory_lock($1)").execute(Tuple.of(DeadLetterReplay.REPLAY_LOCK)).await().indefinitely();
            RuleViolation refused = assertThrows(RuleViolation.class, () -> replay.replay());
            assertEquals(409, refused.status());
            assertEquals("dead-letter-replay-running", refused.code());
            other.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(DeadLetterReplay.REPLAY_LOCK)).await().indefinitely();
        } finally {
            other.closeAndAwait();
        }
        DeadLetterReplay.Report report = replay.replay();
        assertNotNull(report);
        assertEquals("kit.test.dlq", report.deadLetterTopic());
        // Its own lock is released afterwards: another replay runs too.
        assertNotNull(replay.replay());
    }
}
