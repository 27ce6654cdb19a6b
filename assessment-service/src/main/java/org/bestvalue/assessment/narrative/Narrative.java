package org.bestvalue.assessment.narrative;

import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A narrative (position statement) for one characteristic in one cycle, with every revision kept. */
public record Narrative(UUID id, UUID cycleId, String characteristicCode, NarrativeStatus status,
                        List<Revision> revisions, List<Contributor> contributors, Set<UUID> evidenceIds) {

    /** One kept revision; its time is the stored event's time. */
    public record Revision(int revision, String text, String authorId) {
    }

    public record Contributor(String userId, String role) {
    }

    public static final Narrative NONE = new Narrative(null, null, null, null, List.of(), List.of(), Set.of());

    public boolean exists() {
        return id != null;
    }

    public Revision current() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    Narrative withRevision(Revision r) {
        List<Revision> all = new ArrayList<>(revisions);
        all.add(r);
        return new Narrative(id, cycleId, characteristicCode, status, List.copyOf(all), contributors, evidenceIds);
    }

    Narrative withContributor(Contributor c) {
        List<Contributor> all = new ArrayList<>(contributors);
        all.add(c);
        return new Narrative(id, cycleId, characteristicCode, status, revisions, List.copyOf(all), evidenceIds);
    }

    Narrative withoutContributor(String userId) {
        List<Contributor> rest = contributors.stream().filter(c -> !c.userId().equals(userId)).toList();
        return new Narrative(id, cycleId, characteristicCode, status, revisions, rest, evidenceIds);
    }

    Narrative withStatus(NarrativeStatus s) {
        return new Narrative(id, cycleId, characteristicCode, s, revisions, contributors, evidenceIds);
    }

    Narrative withEvidence(UUID evidenceId, boolean attached) {
        Set<UUID> all = new LinkedHashSet<>(evidenceIds);
        if (attached) all.add(evidenceId);
        else all.remove(evidenceId);
        return new Narrative(id, cycleId, characteristicCode, status, revisions, contributors, Collections.unmodifiableSet(all));
    }
}
