package org.bestvalue.eventkit.inbox;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a passing fault from a record that can never be applied. A transient failure (the database
 * away or refusing connections, a lost connection, a pool or statement timeout, a serialization
 * failure or deadlock) is retried and never dead-lettered; anything else — a malformed record, an
 * unknown type, a broken rule of the projection — is permanent and goes to the dead-letter topic.
 */
public final class Failures {
    // SQLSTATE classes and codes that say "try again": 08 connection exception, 40001 serialization
    // failure, 40P01 deadlock, 53 insufficient resources, 55P03 lock not available, 57P0x operator
    // intervention (shutdown, cannot connect now), 57014 query cancelled (e.g. a statement timeout).
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03", "57014", "55000");
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventInbox.StreamGap) return true;
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                if (state == null) return false;
                // e.g. 55000 "database does not allow connections" comes as a FATAL at connect time.
                return TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2));
            }
            if (t instanceof IOException || t instanceof TimeoutException) return true;
            if (t instanceof VertxException v && isConnectionMessage(v.getMessage())) return true;
            if (t instanceof io.vertx.core.impl.NoStackTraceThrowable n && isConnectionMessage(n.getMessage())) return true;
            if (t instanceof io.smallrye.mutiny.TimeoutException) return true;
            if (t.getClass().getName().startsWith("io.netty.channel.")) return true; // connect refused, closed channel
        }
        return false;
    }

    private static boolean isConnectionMessage(String message) {
        if (message == null) return false;
        String m = message.toLowerCase();
        return m.contains("connection") || m.contains("timeout") || m.contains("timed out") || m.contains("closed")
                || m.contains("pool");
    }
}
