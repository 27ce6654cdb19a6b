package org.bestvalue.e2e.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The launched suite's parts, as an operator would break them: kill -9 or stop a process the launcher
 * started (its pid file under .run/pids), bring every missing part back ({@code deploy/suite revive}),
 * and make a service's database refuse connections or end its sessions (as the PostgreSQL superuser).
 */
final class Parts {
    static final Path ROOT = Path.of(System.getProperty("bv.root", "..")).toAbsolutePath().normalize();

    private Parts() {
    }

    static long pid(String part) {
        try {
            return Long.parseLong(Files.readString(ROOT.resolve(".run/pids/" + part + ".pid")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException(part + " is not running under the launcher (" + ROOT.resolve(".run/pids") + ")", e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush — a crash. */
    static void kill9(String part) {
        ProcessHandle.of(pid(part)).ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    /** SIGTERM and wait: an orderly stop (the broker's controlled shutdown). */
    static void stop(String part) {
        ProcessHandle.of(pid(part)).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    /** Starts every part that is not running, without building or loading data, and waits until healthy. */
    static Duration revive() {
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder("bash", "deploy/suite", "revive").directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ROOT.resolve(".run/logs/fault-revive.log").toFile()).start();
            if (!p.waitFor(6, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("deploy/suite revive failed: see .run/logs/fault-revive.log");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The database refuses new connections and its open sessions are ended, until {@link #allowConnections}. */
    static void refuseConnections(String database) {
        superuser("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        endSessions(database);
    }

    static void allowConnections(String database) {
        superuser("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    /** Ends every session of the database, whatever it is doing (mid-transaction included). */
    static int endSessions(String database) {
        return superuserCount("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '" + database
                + "' AND pid <> pg_backend_pid()");
    }

    private static void superuser(String sql) {
        try (Connection c = admin()) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static int superuserCount(String sql) {
        try (Connection c = admin(); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Connection admin() throws SQLException {
        String host = env("PGHOST", "127.0.0.1");
        if (host.startsWith("/")) host = "127.0.0.1";
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + env("PGPORT", "5432") + "/postgres",
                env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static final List<String> SERVICES = List.of("assessment-service", "scoring-service", "action-service", "reporting-service");
}
