package org.bestvalue.eventkit.http;

import io.quarkus.panache.common.Sort;
import org.bestvalue.eventkit.RuleViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A validated page request: page from 0, size 1..{@value #MAX_SIZE}, and sort fields the endpoint allows.
 * Turns into Panache's page and sort for the read side.
 */
public record PageRequest(int page, int size, List<Order> orders, SortFields fields) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** One sort key: an API field name and its direction. */
    public record Order(String field, boolean descending) {
    }

    public static PageRequest parse(String page, String size, String sort, SortFields fields) {
        int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String spec = sort == null || sort.isBlank() ? fields.defaultSort() : sort;
        List<Order> orders = new ArrayList<>();
        for (String part : spec.split(",")) {
            String f = part.trim();
            if (f.isEmpty()) continue;
            boolean desc = f.startsWith("-");
            String name = desc || f.startsWith("+") ? f.substring(1) : f;
            if (!fields.has(name)) {
                throw new RuleViolation(400, "invalid-parameter", "sort",
                        "Cannot sort by '" + name + "'; sort by one of " + String.join(", ", fields.names()));
            }
            orders.add(new Order(name, desc));
        }
        if (orders.isEmpty()) {
            throw new RuleViolation(400, "invalid-parameter", "sort",
                    "sort names no field; sort by one of " + String.join(", ", fields.names()));
        }
        return new PageRequest(p, s, List.copyOf(orders), fields);
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) return fallback;
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(400, "invalid-parameter", name, name + " must be a whole number from " + min + " to " + max);
        }
        if (v < min || v > max) {
            throw new RuleViolation(400, "invalid-parameter", name, name + " must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    public long offset() {
        return (long) page * size;
    }

    public io.quarkus.panache.common.Page panachePage() {
        return io.quarkus.panache.common.Page.of(page, size);
    }

    /** Panache's sort over the entity attributes the API names map to. */
    public Sort sort() {
        Sort sort = null;
        for (Order o : orders) {
            Sort.Direction d = o.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            String attribute = fields.attribute(o.field());
            sort = sort == null ? Sort.by(attribute, d) : sort.and(attribute, d);
        }
        return sort == null ? Sort.empty() : sort;
    }

    /** The same order for rows held in memory: {@code key} reads an API field's value from a row. */
    public <T> Comparator<T> comparator(Function<T, Function<String, Comparable<?>>> key) {
        Comparator<T> c = (a, b) -> 0;
        for (Order o : orders) {
            Comparator<T> one = (a, b) -> compare(key.apply(a).apply(o.field()), key.apply(b).apply(o.field()));
            c = c.thenComparing(o.descending() ? one.reversed() : one);
        }
        return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable<?> a, Comparable<?> b) {
        if (a == null) return b == null ? 0 : 1;
        if (b == null) return -1;
        return ((Comparable) a).compareTo(b);
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
