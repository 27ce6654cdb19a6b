package org.bestvalue.e2e.authz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The number of rows of each service's {@code events} table (databases bv_assessment, bv_scoring, bv_action,
 * bv_reporting on the suite's PostgreSQL; BV_DB_HOST/PORT/USER/PASSWORD as the launcher passes them to the
 * services). Every change a command makes is an event: equal counts before and after a batch of requests mean
 * the batch changed nothing. Reporting's {@code DocumentExported} events are left out: they record that someone
 * read a document (an audited export), not a change, so a permitted read of a committee document appends one.
 */
final class EventCounts {
    static final Map<String, String> DATABASES = Map.of("assessment", "bv_assessment", "scoring", "bv_scoring",
            "action", "bv_action", "reporting", "bv_reporting");

    /** The one event type that records a read (reporting's audited exports), not a change. */
    static final String READ_RECORD = "DocumentExported";

    private EventCounts() {
    }

    private static String setting(String env, String fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }

    static Map<String, Long> now() {
        String host = setting("BV_DB_HOST", "127.0.0.1"), port = setting("BV_DB_PORT", "5432");
        String user = setting("BV_DB_USER", "bestvalue"), password = setting("BV_DB_PASSWORD", "bestvalue");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : new String[]{"assessment", "scoring", "action", "reporting"}) {
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASES.get(service);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select count(*) from events where event_type <> '" + READ_RECORD + "'")) {
                r.next();
                counts.put(service, r.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the events of " + url + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /** Waits until no service appends for a second (consumers of earlier tests' events have caught up), at most 60 s. */
    static Map<String, Long> settled() {
        Map<String, Long> last = now();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            sleep(1000);
            Map<String, Long> next = now();
            if (next.equals(last)) return next;
            last = next;
        }
        return last;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
