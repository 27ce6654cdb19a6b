package org.bestvalue.assessment.framework;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What changed between a version and its predecessor, by kind of change, as the version's mapping
 * states it: the comparison the seed's council made ("41 unchanged, 2 removed, 13 added").
 */
public record FrameworkDiff(VersionRef from, VersionRef to, Map<Change, Integer> counts,
                            Map<Change, List<Line>> changes, List<String> retainedByCouncil) {

    public record VersionRef(UUID id, String label, String name) {
    }

    /** One mapped characteristic with both titles, so a reader sees the rewording. */
    public record Line(String code, String predecessorCode, String title, String predecessorTitle) {
    }

    /** Compares {@code to} with {@code from}, which must be its predecessor. */
    public static FrameworkDiff between(FrameworkVersion from, FrameworkVersion to) {
        if (!from.id().equals(to.predecessorId())) throw new IllegalArgumentException("from must be the predecessor of to");
        Map<Change, List<Line>> changes = new EnumMap<>(Change.class);
        for (Change c : Change.values()) changes.put(c, new ArrayList<>());
        List<String> retained = new ArrayList<>();
        for (MappingEntry m : to.mapping()) {
            String title = m.code() == null ? null : to.characteristic(m.code()).map(Characteristic::title).orElse(null);
            String oldTitle = m.predecessorCode() == null ? null : from.characteristic(m.predecessorCode()).map(Characteristic::title).orElse(null);
            changes.get(m.change()).add(new Line(m.code(), m.predecessorCode(), title, oldTitle));
            if (m.change() == Change.REMOVED && to.characteristic(m.predecessorCode()).isPresent()) retained.add(m.predecessorCode());
        }
        Map<Change, Integer> counts = new LinkedHashMap<>();
        for (Change c : Change.values()) counts.put(c, changes.get(c).size());
        return new FrameworkDiff(ref(from), ref(to), counts, changes, retained);
    }

    private static VersionRef ref(FrameworkVersion v) {
        return new VersionRef(v.id(), v.label(), v.name());
    }
}
