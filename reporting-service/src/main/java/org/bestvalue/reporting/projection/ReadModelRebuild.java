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
 *
 * <p>Ownership is a lease in {@code read_model_generation} (owner, heartbeat): however many instances run,
 * one rebuilds at a time; it renews the lease while it works; only the owner of the building generation
 * may switch to it; a lease whose heartbeat stopped (its instance died) is abandoned by the next start,
 * which drops the half-built generation first.
 */
@ApplicationScoped
public class ReadModelRebuild implements org.bestvalue.eventkit.instance.Lease {
    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    public static final List<String> TOPICS = List.of("bv.assessment.events", "bv.scoring.events", "bv.action.events");

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    org.bestvalue.eventkit.store.EventStore store;
    /** The whole {@code kafka.*} configuration (bootstrap servers, SASL, TLS), as the live consumers get it. */
    @Inject
    @io.smallrye.common.annotation.Identifier("default-kafka-broker")
    java.util.Map<String, Object> kafkaConfig;
    @ConfigProperty(name = "reporting.rebuild.batch-events", defaultValue = "2000")
    int batchEvents;
    @ConfigProperty(name = "reporting.rebuild.lease", defaultValue = "PT30S")
    java.time.Duration lease;

    /** This instance, as it names itself in the lease. */
    final String instance = java.util.UUID.randomUUID().toString().substring(0, 8) + "@" + ProcessHandle.current().pid();

    /** What the last (or current) rebuild did. */
    public record Status(String state, Integer generation, Integer previousGeneration, long total, long replayed,
                         long skipped, Instant startedAt, Instant finishedAt, Double eventsPerSecond, String error) {
    }

    private volatile Status status = new Status("IDLE", null, null, 0, 0, 0, null, null, null, null);
    private volatile Replay replay;

    /**
     * A rebuild whose instance died leaves a half-filled generation that live events would keep writing
     * into: drop it at start-up — but only once its lease expired, since another instance may be building.
     */
    void abandonInterruptedRebuild(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent startup) {
        abandonExpiredLease();
    }

    /** Drops a building generation whose lease expired; returns it, or null when there was none. */
    Integer abandonExpiredLease() {
        Integer stale = pool.preparedQuery("UPDATE read_model_generation g SET building = NULL, owner = NULL, heartbeat_at = NULL "
                        + "FROM (SELECT building FROM read_model_generation FOR UPDATE) old "
                        + "WHERE g.building IS NOT NULL AND (g.heartbeat_at IS NULL OR g.heartbeat_at < now() - make_interval(secs => $1)) "
                        + "RETURNING old.building")
                .execute(Tuple.of((double) lease.toSeconds()))
                .map(rs -> rs.size() == 0 ? null : rs.iterator().next().getInteger(0)).await().indefinitely();
        if (stale != null) {
            LOG.warnf("The rebuild of generation %d lost its owner (lease expired); dropping it", stale);
            dropGeneration(stale);
        }
        return stale;
    }

    /** Takes the lease for a new generation; null when another instance holds a live one. */
    Integer takeLease(int generation) {
        return pool.preparedQuery("UPDATE read_model_generation SET building = $1, owner = $2, heartbeat_at = now() "
                        + "WHERE building IS NULL RETURNING active")
                .execute(Tuple.of(generation, instance))
                .map(rs -> rs.size() == 0 ? null : rs.iterator().next().getInteger(0)).await().indefinitely();
    }

    /** Renews the lease; false when this instance no longer owns the building generation. */
    boolean renewLease(int generation) {
        return pool.preparedQuery("UPDATE read_model_generation SET heartbeat_at = now() WHERE building = $1 AND owner = $2")
                .execute(Tuple.of(generation, instance)).map(rs -> rs.rowCount() == 1).await().indefinitely();
    }

    @Override
    public String name() {
        return "read-model-rebuild";
    }

    /** Whether this instance owns the generation being built (GET /admin/instance shows it). */
    @Override
    public boolean heldHere() {
        return pool.preparedQuery("SELECT 1 FROM read_model_generation WHERE building IS NOT NULL AND owner = $1")
                .execute(Tuple.of(instance)).map(rs -> rs.size() > 0).await().indefinitely();
    }

    /** Switches queries to the generation, only while this instance owns it. */
    boolean switchTo(int generation) {
        // The switch waits for live transactions holding the generation row (FOR SHARE) to finish.
        return pool.preparedQuery("UPDATE read_model_generation SET active = $1, building = NULL, owner = NULL, heartbeat_at = NULL, "
                        + "switched_at = now() WHERE building = $1 AND owner = $2")
                .execute(Tuple.of(generation, instance)).map(rs -> rs.rowCount() == 1).await().indefinitely();
    }

    public Status status() {
        Replay r = replay;
        Status s = status;
        if (!"RUNNING".equals(s.state())) {
            // Another instance may own a rebuild: the lease in the database says so.
            var row = pool.query("SELECT building, owner, active FROM read_model_generation").execute()
                    .map(rs -> rs.iterator().next()).await().indefinitely();
            if (row.getInteger("building") != null && !instance.equals(row.getString("owner"))) {
                return new Status("RUNNING", row.getInteger("building"), row.getInteger("active"), 0, 0, 0, null, null, null,
                        "on instance " + row.getString("owner"));
            }
        }
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
        abandonExpiredLease();
        int generation = pool.query("SELECT nextval('read_model_generation_seq')").execute()
                .map(rs -> rs.iterator().next().getLong(0).intValue()).await().indefinitely();
        // Its tables exist before the lease makes it visible: from then on, live events are written into them too.
        GenerationTables.create(pool, generation);
        Integer taken = takeLease(generation);
        if (taken == null) {
            GenerationTables.drop(pool, generation);
            throw new RuleViolation(409, "rebuild-running", null, "Another instance is rebuilding the read models");
        }
        int previous = taken;
        Instant started = clock.instant();
        status = new Status("RUNNING", generation, previous, 0, 0, 0, started, null, null, null);
        replay = new Replay(kafkaConfig, TOPICS, pool, mapper, batchEvents);
        Thread worker = new Thread(() -> run(generation, previous, started), "read-model-rebuild-" + generation);
        worker.setDaemon(true);
        worker.start();
        return status();
    }

    private void run(int generation, int previous, Instant started) {
        Replay r = replay;
        long t0 = System.nanoTime();
        var heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        long every = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                if (!renewLease(generation)) LOG.warnf("Lost the lease on generation %d", generation);
            } catch (RuntimeException e) {
                LOG.warnf("Could not renew the rebuild lease: %s", e.getMessage());
            }
        }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            r.into(generation);
            // The exports the audit log recorded live in reporting's own event store, not in the topics.
            org.bestvalue.reporting.audit.DocumentExported.replayInto(pool, store, generation);
            GenerationTables.attach(pool, generation);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!switchTo(generation)) {
                throw new IllegalStateException("the lease on generation " + generation + " was lost; another instance took over");
            }
            double rate = seconds > 0 ? Math.round(r.read.get() / seconds) : r.read.get();
            LOG.infof("Rebuild of generation %d done: %d records (%d skipped) in %.1f s, %.0f events/s; switched from %d",
                    generation, r.read.get(), r.skipped.get(), seconds, rate, previous);
            status = new Status("COMPLETED", generation, previous, r.total.get(), r.read.get(), r.skipped.get(), started,
                    clock.instant(), rate, null);
            dropGeneration(previous);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuild of generation %d failed; generation %d stays active", generation, previous);
            pool.preparedQuery("UPDATE read_model_generation SET building = NULL, owner = NULL, heartbeat_at = NULL "
                            + "WHERE building = $1 AND owner = $2")
                    .execute(Tuple.of(generation, instance)).await().indefinitely();
            dropGeneration(generation);
            status = new Status("FAILED", generation, previous, r.total.get(), r.read.get(), r.skipped.get(), started,
                    clock.instant(), null, e.getMessage());
        } finally {
            heartbeat.shutdownNow();
        }
    }

    private void dropGeneration(int generation) {
        GenerationTables.drop(pool, generation);
        LOG.infof("Dropped read-model generation %d", generation);
    }
}
