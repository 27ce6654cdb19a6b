package org.bestvalue.reporting.comments;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reviewers' comments on narratives that are still open: a thread is open at an instant when its latest event at or
 * before it (by its stream's order) is not a resolution — started, replied to, or reopened.
 */
public final class OpenComments {
    public static final String RESOLVED = "CommentThreadResolved";

    private OpenComments() {
    }

    /** Open threads per characteristic code at {@code asOf} (now when null); codes without one are absent. */
    public static Map<String, Integer> perCharacteristic(Collection<CommentEvent> events, Instant asOf) {
        Map<String, CommentEvent> latest = new HashMap<>();
        events.stream()
                .filter(e -> asOf == null || !e.at().isAfter(asOf))
                .sorted(Comparator.comparingLong(CommentEvent::version))
                .forEach(e -> latest.put(e.threadId(), e));
        Map<String, Integer> open = new TreeMap<>();
        latest.values().stream().filter(e -> !RESOLVED.equals(e.type()))
                .forEach(e -> open.merge(e.characteristicCode(), 1, Integer::sum));
        return open;
    }
}
