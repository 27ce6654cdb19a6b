package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds every read model from the beginning of the three topics into a fresh generation, then
 * switches queries over to it and drops the old one. While it runs, the live consumers keep the
 * active generation current and write each new event into the new generation too, so the switch
 * loses nothing.
 */
@ApplicationScoped
public class ReadModelRebuild {
    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    public static final List<String> TOPICS = List.of("bv.assessment.events", "bv.scoring.events", "bv.action.events");
    static final List<String> TABLES = List.of("framework_versions", "themes", "characteristics", "framework_mappings",
            "cycles", "cycle_milestones", "scoring_rounds", "score_history", "action_history");

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "reporting.rebuild.batch-events", defaultValue = "2000")
    int batchEvents;

    /** What the last (or current) rebuild did. */
    public record Status(String state, Integer generation, Integer previousGeneration, long total, long replayed,
                         long skipped, Instant startedAt, Instant finishedAt, Double eventsPerSecond, String error) {
    }

    private volatile Status status = new Status("IDLE", null, null, 0, 0, 0, null, null, null, null);
    private volatile Replay replay;

    /**
     * A rebuild that a restart interrupted leaves a half-filled generation that live events would keep
     * writing into: drop it at start-up (one instance of this service runs rebuilds).
     */
    void abandonInterruptedRebuild(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent startup) {
        Integer stale = pool.query("SELECT building FROM read_model_generation").execute()
                .map(rs -> rs.iterator().next().getInteger(0)).await().indefinitely();
        if (stale == null) return;
        LOG.warnf("A rebuild of generation %d was interrupted; dropping it", stale);
        pool.preparedQuery("UPDATE read_model_generation SET building = NULL WHERE building = $1")
                .execute(Tuple.of(stale)).await().indefinitely();
        dropGeneration(stale);
    }

    public Status status() {
        Replay r = replay;
        Status s = status;
        if (r != null && "RUNNING".equals(s.state())) {
            return new Status(s.state(), s.generation(), s.previousGeneration(), r.total.get(), r.read.get(),
                    r.skipped.get(), s.startedAt(), null, null, null);
        }
        return s;
    }

    /** Starts a rebuild in the background; refuses a second one while one runs. */
    public synchronized Status start() {
        if ("RUNNING".equals(status.state())) {
            throw new RuleViolation(409, "rebuild-running", null, "A rebuild of generation " + status.generation() + " is running");
        }
        int generation = pool.query("SELECT nextval('read_model_generation_seq')").execute()
                .map(rs -> rs.iterator().next().getLong(0).intValue()).await().indefinitely();
        int previous = pool.preparedQuery("UPDATE read_model_generation SET building = $1 RETURNING active")
                .execute(Tuple.of(generation)).map(rs -> rs.iterator().next().getInteger(0)).await().indefinitely();
        Instant started = clock.instant();
        status = new Status("RUNNING", generation, previous, 0, 0, 0, started, null, null, null);
        replay = new Replay(bootstrapServers, TOPICS, pool, mapper, batchEvents);
        Thread worker = new Thread(() -> run(generation, previous, started), "read-model-rebuild-" + generation);
        worker.setDaemon(true);
        worker.start();
        return status();
    }

    private void run(int generation, int previous, Instant started) {
        Replay r = replay;
        long t0 = System.nanoTime();
        try {
            r.into(generation);
            double seconds = (System.nanoTime() - t0) / 1e9;
            // The switch waits for live transactions holding the generation row (FOR SHARE) to finish.
            pool.preparedQuery("UPDATE read_model_generation SET active = $1, building = NULL, switched_at = now()")
                    .execute(Tuple.of(generation)).await().indefinitely();
            double rate = seconds > 0 ? Math.round(r.read.get() / seconds) : r.read.get();
            LOG.infof("Rebuild of generation %d done: %d records (%d skipped) in %.1f s, %.0f events/s; switched from %d",
                    generation, r.read.get(), r.skipped.get(), seconds, rate, previous);
            status = new Status("COMPLETED", generation, previous, r.total.get(), r.read.get(), r.skipped.get(), started,
                    clock.instant(), rate, null);
            dropGeneration(previous);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuild of generation %d failed; generation %d stays active", generation, previous);
            pool.preparedQuery("UPDATE read_model_generation SET building = NULL WHERE building = $1")
                    .execute(Tuple.of(generation)).await().indefinitely();
            dropGeneration(generation);
            status = new Status("FAILED", generation, previous, r.total.get(), r.read.get(), r.skipped.get(), started,
                    clock.instant(), null, e.getMessage());
        }
    }

    private void dropGeneration(int generation) {
        for (String table : TABLES) {
            pool.preparedQuery("DELETE FROM " + table + " WHERE generation = $1").execute(Tuple.of(generation))
                    .await().indefinitely();
        }
        LOG.infof("Dropped read-model generation %d", generation);
    }
}
