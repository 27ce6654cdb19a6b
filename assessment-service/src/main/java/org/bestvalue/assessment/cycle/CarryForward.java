package org.bestvalue.assessment.cycle;

import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.eventkit.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Works out next year's starting drafts from this year's narratives: the same characteristic when the
 * framework version stays, otherwise through the new version's mapping onto the old one. Removed
 * characteristics are dropped (and listed), added ones start empty. Pure.
 */
public final class CarryForward {

    /** Last year's narrative for a characteristic, as it stands now. */
    public record Source(String code, String text, String authorId, List<UUID> evidenceIds) {
    }

    /** A starting draft for the new year, and what it came from. */
    public record Draft(String code, List<String> fromCodes, String text, String authorId, List<UUID> evidenceIds) {
    }

    public record Plan(List<Draft> drafts, List<String> dropped, List<String> startedEmpty) {
    }

    private CarryForward() {
    }

    public static Plan plan(FrameworkVersion from, FrameworkVersion to, Map<String, Source> narratives) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        List<String> startedEmpty = new ArrayList<>();
        if (from.id().equals(to.id())) {
            for (Characteristic c : to.scored()) sources.put(c.code(), List.of(c.code()));
        } else if (from.id().equals(to.predecessorId())) {
            for (Characteristic c : to.scored()) sources.put(c.code(), new ArrayList<>());
            for (MappingEntry m : to.mapping()) {
                if (m.change() == Change.REMOVED) {
                    // A characteristic the guidance dropped but the council kept (same code) carries on.
                    if (to.characteristic(m.predecessorCode()).filter(c -> !c.hasCrossReference()).isPresent())
                        sources.get(m.predecessorCode()).add(m.predecessorCode());
                    else dropped.add(m.predecessorCode());
                } else if (m.change() != Change.ADDED) {
                    sources.get(m.code()).add(m.predecessorCode());
                }
            }
        } else {
            throw new RuleViolation("no-mapping-between-versions", "frameworkVersionId",
                    "Version " + to.label() + " does not map onto " + from.label()
                            + ": carry forward within one version or onto the direct successor");
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sources.entrySet()) {
            List<Source> found = e.getValue().stream().map(narratives::get).filter(java.util.Objects::nonNull).toList();
            if (found.isEmpty()) {
                startedEmpty.add(e.getKey());
                continue;
            }
            StringBuilder text = new StringBuilder();
            Set<UUID> evidence = new LinkedHashSet<>();
            for (Source s : found) {
                if (text.length() > 0) text.append("\n\n");
                if (found.size() > 1) text.append('[').append(s.code()).append("]\n");
                text.append(s.text());
                evidence.addAll(s.evidenceIds());
            }
            drafts.add(new Draft(e.getKey(), found.stream().map(Source::code).toList(), text.toString(),
                    found.get(found.size() - 1).authorId(), List.copyOf(evidence)));
        }
        dropped.sort(String::compareTo);
        return new Plan(drafts, dropped, startedEmpty);
    }
}
