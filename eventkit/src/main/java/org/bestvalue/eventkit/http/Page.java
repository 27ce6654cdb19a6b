package org.bestvalue.eventkit.http;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the envelope every list endpoint answers ({@code {"items":[…],"page":0,"size":50,"total":N}}),
 * so that paging never changes a client's parsing.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total);
    }

    /** A page cut from a list already held in memory (small lists assembled from several sources). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }
}
