package org.bestvalue.eventkit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The local PostgreSQL server (not an embedded imitation): makes sure the test database named by
 * {@code database} exists, owned by the suite's role, and points both the reactive and the JDBC
 * (Flyway) datasource at it. Host, port and admin user come from PGHOST / PGPORT / PGUSER.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {
    public static final String ROLE = "bestvalue";
    private String database = "bv_test";

    @Override
    public void init(Map<String, String> initArgs) {
        // BV_TEST_DB_SUFFIX keeps two checkouts' test runs on one server apart (e.g. a git worktree beside the main one).
        database = initArgs.getOrDefault("database", database) + env("BV_TEST_DB_SUFFIX", "");
    }

    @Override
    public Map<String, String> start() {
        String host = env("PGHOST", "127.0.0.1");
        if (host.startsWith("/")) host = "127.0.0.1";
        String port = env("PGPORT", "5432");
        ensureDatabase(host, port, database);
        return Map.of(
                "quarkus.datasource.username", ROLE,
                "quarkus.datasource.password", ROLE,
                "quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
    }

    /** Creates the suite's role and the database if missing; safe to call again. */
    public static void ensureDatabase(String host, String port, String database) {
        String admin = env("PGUSER", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", admin, env("PGPASSWORD", ""))) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "'")) {
                if (!rs.next()) c.createStatement().execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + ROLE + "'");
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) c.createStatement().execute("CREATE DATABASE " + database + " OWNER " + ROLE);
            }
        } catch (SQLException e) {
            // Another JVM may have created it at the same moment.
            if (!"42P04".equals(e.getSQLState()) && !"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " is not usable: " + e.getMessage(), e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void stop() {
        // The database stays; Flyway cleans it at the next start of a test profile.
    }
}
