package org.bestvalue.eventkit.read;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;

import java.util.List;
import java.util.function.Function;

/** One page of a Panache query and the number of rows matching it, read in one session: every list endpoint's read. */
public final class Pages {
    private Pages() {
    }

    public static <E, V> Uni<Page<V>> of(PanacheQuery<E> query, PageRequest request, Function<E, V> view) {
        return Panache.withSession(() -> query.page(request.panachePage()).list()
                .chain(rows -> query.count().map(total -> request.page(rows.stream().map(view).toList(), total))));
    }

    public static <V> Uni<Page<V>> empty(PageRequest request) {
        return Uni.createFrom().item(request.page(List.of(), 0));
    }
}
