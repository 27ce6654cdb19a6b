package org.bestvalue.reporting;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.consumers.ReportingConsumers;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

/**
 * Base of the @QuarkusTests that read reports of a council's history: before each test the history is fed
 * into the read models through the inbox. An event the inbox has seen before (a test class that ran before
 * a rebuild in the same JVM) is projected again into the active generation, which the projections'
 * idempotence makes harmless.
 */
abstract class FedTests {
    @Inject
    ReportingConsumers consumers;
    @Inject
    Pool pool;

    private final CouncilHistory history;
    private final List<List<EventEnvelope>> after;

    /** {@code history}: the council's events these tests read; {@code after}: more events fed after them each time. */
    @SafeVarargs
    FedTests(CouncilHistory history, List<EventEnvelope>... after) {
        this.history = history;
        this.after = List.of(after);
    }

    @BeforeEach
    void feed() {
        feed(history.events());
        after.forEach(this::feed);
    }

    void feed(List<EventEnvelope> events) {
        for (EventEnvelope e : events) {
            boolean applied = consumers.apply(e).await().indefinitely();
            if (!applied) pool.withTransaction(tx -> ReportingConsumers.project(tx, e)).await().indefinitely();
        }
    }
}
