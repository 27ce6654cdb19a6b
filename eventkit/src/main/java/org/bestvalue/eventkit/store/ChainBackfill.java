package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.eventkit.EventEnvelope;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Gives every stored event its place in its stream's hash chain, reading the whole store once in stream order
 * through a cursor (bounded memory) and writing the hashes in batches. Run by the kit's migration V6 for rows
 * stored before tamper evidence existed; docs/operations.md says how long it takes.
 */
public final class ChainBackfill {
    private static final Logger LOG = Logger.getLogger(ChainBackfill.class);
    private static final int BATCH = 1000;

    private ChainBackfill() {
    }

    /**
     * Chains every stream from its first event. Needs a connection whose auto-commit is off (Flyway's migration
     * transaction), so the read goes through a cursor rather than all at once.
     *
     * @return the number of events chained
     */
    public static long chainEveryStream(Connection c) throws SQLException, IOException {
        ObjectMapper mapper = new ObjectMapper();
        long chained = 0;
        long started = System.nanoTime();
        try (Statement read = c.createStatement();
             PreparedStatement write = c.prepareStatement("UPDATE events SET chain_previous = ?, chain_hash = ? WHERE position = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT position, event_id, council_id, stream_type, stream_id, stream_version, "
                    + "event_type, schema_version, occurred_at, actor, correlation_id, causation_id, data::text AS data "
                    + "FROM events ORDER BY stream_type, stream_id, stream_version")) {
                String streamType = null;
                String streamId = null;
                String previous = EventChain.GENESIS;
                while (rs.next()) {
                    EventEnvelope e = new EventEnvelope(rs.getObject("event_id", java.util.UUID.class), rs.getString("event_type"),
                            rs.getInt("schema_version"), rs.getString("council_id"), rs.getString("stream_type"),
                            rs.getString("stream_id"), rs.getLong("stream_version"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                            rs.getString("correlation_id"), rs.getString("causation_id"), mapper.readTree(rs.getString("data")));
                    if (!e.streamType().equals(streamType) || !e.streamId().equals(streamId)) {
                        streamType = e.streamType();
                        streamId = e.streamId();
                        previous = EventChain.GENESIS;
                    }
                    String hash = EventChain.hash(e, previous);
                    write.setString(1, previous);
                    write.setString(2, hash);
                    write.setLong(3, rs.getLong("position"));
                    write.addBatch();
                    previous = hash;
                    if (++chained % BATCH == 0) write.executeBatch();
                }
            }
            write.executeBatch();
        }
        if (chained > 0) {
            LOG.infof("Chained %d stored events in %d ms", chained, (System.nanoTime() - started) / 1_000_000);
        }
        return chained;
    }
}
