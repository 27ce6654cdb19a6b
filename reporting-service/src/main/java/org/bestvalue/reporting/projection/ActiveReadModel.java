package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Function;

/** The read models' queries against the generation active when a read starts: the one way a report reads them. */
@ApplicationScoped
public class ActiveReadModel {
    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    /**
     * Runs a read in a reactive session against the generation active when it starts. The generation is read before
     * the session opens: a session holds its connection until it closes, and a read that waited for a second one while
     * holding the first could, with every connection so held, wait for ever (until the pool's timeout).
     */
    public <T> Uni<T> read(Function<ReadModelQueries, Uni<T>> query) {
        return ReadModelQueries.active(pool, mapper).chain(q -> Panache.withSession(() -> query.apply(q)));
    }
}
