package org.bestvalue.eventkit.instance;

/**
 * Work that one instance of a service at a time may own (a rebuild, say): a bean implementing this shows
 * in {@code GET /admin/instance} whether this instance holds it.
 */
public interface Lease {
    /** How the operator knows it, e.g. "read-model-rebuild". */
    String name();

    /** True while this instance owns the work. */
    boolean heldHere();
}
