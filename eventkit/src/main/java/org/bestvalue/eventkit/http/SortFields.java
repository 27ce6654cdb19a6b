package org.bestvalue.eventkit.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields an endpoint can sort by: the name a client writes in {@code ?sort=} mapped to the entity
 * attribute (or column) it sorts. Names outside this map are refused with 400, never passed to a query.
 */
public final class SortFields {
    private final Map<String, String> attributes;

    private SortFields(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    /** Pairs of (API name, entity attribute): {@code SortFields.of("title", "title", "date", "evidenceDate")}. */
    public static SortFields of(String... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("pairs of name and attribute expected");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return new SortFields(m);
    }

    /** The same name for the API and the attribute. */
    public static SortFields named(String... names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, n);
        return new SortFields(m);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public Set<String> names() {
        return attributes.keySet();
    }
}
