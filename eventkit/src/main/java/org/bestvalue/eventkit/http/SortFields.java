package org.bestvalue.eventkit.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields an endpoint can sort by: the name a client writes in {@code ?sort=} mapped to the entity
 * attribute (or column) it sorts, and the endpoint's stable default order ({@link #byDefault}). Names outside
 * this map are refused with 400, never passed to a query.
 */
public final class SortFields {
    private final Map<String, String> attributes;
    private final String defaultSort;

    private SortFields(Map<String, String> attributes, String defaultSort) {
        this.attributes = attributes;
        this.defaultSort = defaultSort;
    }

    /** Pairs of (API name, entity attribute): {@code SortFields.of("title", "title", "date", "evidenceDate")}. */
    public static SortFields of(String... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("pairs of name and attribute expected");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return new SortFields(m, null);
    }

    /** The same name for the API and the attribute. */
    public static SortFields named(String... names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, n);
        return new SortFields(m, null);
    }

    /**
     * The order a request without {@code ?sort=} gets, written as a client would ({@code "-year,id"}); it ends with
     * a unique field, so pages never overlap. A field it names that is not one of these fails here, when the class
     * that declares it loads, not at the first request.
     */
    public SortFields byDefault(String sort) {
        for (String part : sort.split(",")) {
            String name = part.trim().replaceFirst("^[-+]", "");
            if (!attributes.containsKey(name)) {
                throw new IllegalArgumentException("The default sort '" + sort + "' names '" + name + "', not one of " + names());
            }
        }
        return new SortFields(attributes, sort);
    }

    /** The default order, {@link #byDefault}. */
    public String defaultSort() {
        if (defaultSort == null) throw new IllegalStateException("Sort fields " + names() + " have no default order (byDefault)");
        return defaultSort;
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
