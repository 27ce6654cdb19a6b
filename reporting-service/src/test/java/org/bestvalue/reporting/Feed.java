package org.bestvalue.reporting;

import io.vertx.mutiny.sqlclient.Pool;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.consumers.ReportingConsumers;

import java.util.List;

/**
 * Feeds a history into the read models through the inbox. An event the inbox has seen before (a test
 * class that ran before a rebuild in the same JVM) is projected again into the active generation, which
 * the projections' idempotence makes harmless.
 */
final class Feed {
    private Feed() {
    }

    static void all(ReportingConsumers consumers, Pool pool, List<EventEnvelope> events) {
        for (EventEnvelope e : events) {
            boolean applied = consumers.apply(e).await().indefinitely();
            if (!applied) pool.withTransaction(tx -> ReportingConsumers.project(tx, e)).await().indefinitely();
        }
    }
}
