package org.bestvalue.eventkit.bench;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.bestvalue.eventkit.testing.PostgresDatabase;

/**
 * The local PostgreSQL a benchmark runs on (PGHOST and PGPORT as the tests read them; a socket directory
 * means the loopback address), its database made when missing, and a pool of {@code connections} on it.
 */
record BenchDatabase(String host, int port, String database, Vertx vertx, Pool pool) implements AutoCloseable {

    static BenchDatabase open(String database, int connections) {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        if (host.startsWith("/")) host = "127.0.0.1";
        int port = Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432"));
        PostgresDatabase.ensureDatabase(host, Integer.toString(port), database);
        Vertx vertx = Vertx.vertx();
        Pool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(port).setDatabase(database)
                .setUser(PostgresDatabase.ROLE).setPassword(PostgresDatabase.ROLE), new PoolOptions().setMaxSize(connections));
        return new BenchDatabase(host, port, database, vertx, pool);
    }

    @Override
    public void close() {
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
    }
}
