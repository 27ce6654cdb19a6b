package org.bestvalue.assessment.narrative;

import org.bestvalue.assessment.narrative.NarrativeCommand.AttachEvidence;
import org.bestvalue.assessment.narrative.NarrativeCommand.ChangeStatus;
import org.bestvalue.assessment.narrative.NarrativeCommand.DetachEvidence;
import org.bestvalue.assessment.narrative.NarrativeCommand.DraftNarrative;
import org.bestvalue.assessment.narrative.NarrativeCommand.RecordContributor;
import org.bestvalue.assessment.narrative.NarrativeCommand.RemoveContributor;
import org.bestvalue.assessment.narrative.NarrativeCommand.ReviseNarrative;
import org.bestvalue.assessment.narrative.NarrativeEvent.ContributorRecorded;
import org.bestvalue.assessment.narrative.NarrativeEvent.ContributorRemoved;
import org.bestvalue.assessment.narrative.NarrativeEvent.EvidenceAttached;
import org.bestvalue.assessment.narrative.NarrativeEvent.EvidenceDetached;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeDrafted;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeRevised;
import org.bestvalue.assessment.narrative.NarrativeEvent.NarrativeStatusChanged;
import org.bestvalue.assessment.cycle.OpenCycleRule;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;

import java.util.LinkedHashSet;
import java.util.List;

/** Decides drafting, revising, contributors, review status and evidence links of a narrative. */
public class NarrativeDecider extends CommandTable<NarrativeCommand, NarrativeEvent, Narrative> {
    public static final int MAX_TEXT = 50_000;
    public static final int MAX_ROLE = 100;
    public static final int MAX_REASON = 2_000;

    public NarrativeDecider() {
        super(NarrativeCommand.class, Narrative.NONE);
        startedBy(() -> new RuleViolation(404, "not-found", "characteristicCode", "No narrative for this characteristic yet"),
                DraftNarrative.class);
        when(NarrativeDrafted.class, (state, e) -> new Narrative(e.narrativeId(), e.cycleId(), e.characteristicCode(), NarrativeStatus.DRAFT,
                List.of(new Narrative.Revision(e.revision(), e.text(), e.authorId())), List.of(), new LinkedHashSet<>()));
        when(NarrativeRevised.class, (state, e) -> state.withRevision(new Narrative.Revision(e.revision(), e.text(), e.authorId())));
        when(ContributorRecorded.class, (state, e) -> state.withContributor(new Narrative.Contributor(e.userId(), e.role())));
        when(ContributorRemoved.class, (state, e) -> state.withoutContributor(e.userId()));
        when(NarrativeStatusChanged.class, (state, e) -> state.withStatus(e.to()));
        when(EvidenceAttached.class, (state, e) -> state.withEvidence(e.evidenceId(), true));
        when(EvidenceDetached.class, (state, e) -> state.withEvidence(e.evidenceId(), false));
    }

    @Override
    public List<NarrativeEvent> decide(NarrativeCommand command, Narrative state) {
        OpenCycleRule.requireOpen(command.cycleOpen());
        return super.decide(command, state);
    }

    private List<NarrativeEvent> draft(DraftNarrative c, Narrative state) {
        if (c.kind() == NarrativeCommand.CharacteristicKind.UNKNOWN)
            throw new RuleViolation("unknown-characteristic", "characteristicCode",
                    "The cycle's framework has no characteristic " + c.characteristicCode());
        if (c.kind() == NarrativeCommand.CharacteristicKind.CROSS_REFERENCE)
            throw new RuleViolation("cross-reference-characteristic", "characteristicCode",
                    c.characteristicCode() + " is a cross-reference cell: write the narrative on the characteristic it refers to");
        if (state.exists())
            throw new RuleViolation(409, "narrative-exists", "characteristicCode",
                    "The cycle already has a narrative for " + c.characteristicCode() + ": revise it instead");
        checkText(c.text());
        return List.of(new NarrativeDrafted(c.narrativeId(), c.cycleId(), c.characteristicCode(), 1, c.text(), c.authorId()));
    }

    private List<NarrativeEvent> revise(ReviseNarrative c, Narrative state) {
        checkText(c.text());
        if (c.text().equals(state.current().text())) return List.of();
        return List.of(new NarrativeRevised(state.id(), state.cycleId(), state.characteristicCode(),
                state.current().revision() + 1, c.text(), c.authorId()));
    }

    private List<NarrativeEvent> contributor(RecordContributor c, Narrative state) {
        if (c.userId() == null || c.userId().isBlank()) throw new RuleViolation("user-required", "userId", "userId is required");
        if (c.role() == null || c.role().isBlank()) throw new RuleViolation("role-required", "role", "role is required");
        if (c.role().length() > MAX_ROLE) throw new RuleViolation("role-too-long", "role", "role is longer than " + MAX_ROLE);
        Narrative.Contributor who = new Narrative.Contributor(c.userId(), c.role().trim());
        if (state.contributors().contains(who)) return List.of();
        return List.of(new ContributorRecorded(state.id(), state.cycleId(), state.characteristicCode(), who.userId(), who.role()));
    }

    private List<NarrativeEvent> removeContributor(RemoveContributor c, Narrative state) {
        if (c.reason() == null || c.reason().isBlank()) {
            throw new RuleViolation("reason-required", "reason", "Say why the contributor is removed; the reason stays in the history");
        }
        if (c.reason().length() > MAX_REASON) throw new RuleViolation("reason-too-long", "reason", "reason is longer than " + MAX_REASON);
        List<String> roles = state.contributors().stream().filter(who -> who.userId().equals(c.userId()))
                .map(Narrative.Contributor::role).toList();
        if (roles.isEmpty()) {
            throw new RuleViolation(404, "not-a-contributor", "userId",
                    c.userId() + " is not recorded as a contributor to the narrative of " + state.characteristicCode());
        }
        return List.of(new ContributorRemoved(state.id(), state.cycleId(), state.characteristicCode(), c.userId(), roles,
                c.reason().strip()));
    }

    private List<NarrativeEvent> status(ChangeStatus c, Narrative state) {
        if (c.to() == null) throw new RuleViolation("status-required", "to", "to is required");
        if (!state.status().canBecome(c.to()))
            throw new RuleViolation(409, "invalid-status-change", "to",
                    "A narrative that is " + state.status() + " cannot become " + c.to());
        return List.of(new NarrativeStatusChanged(state.id(), state.cycleId(), state.characteristicCode(), state.status(), c.to()));
    }

    private List<NarrativeEvent> attach(AttachEvidence c, Narrative state) {
        if (!c.evidenceExists()) throw new RuleViolation("unknown-evidence", "evidenceId", "The evidence library has no item " + c.evidenceId());
        if (state.evidenceIds().contains(c.evidenceId()))
            throw new RuleViolation(409, "evidence-already-attached", "evidenceId", "The evidence is already attached to this narrative");
        return List.of(new EvidenceAttached(state.id(), state.cycleId(), state.characteristicCode(), c.evidenceId()));
    }

    private List<NarrativeEvent> detach(DetachEvidence c, Narrative state) {
        if (!state.evidenceIds().contains(c.evidenceId()))
            throw new RuleViolation(404, "evidence-not-attached", "evidenceId", "The evidence is not attached to this narrative");
        return List.of(new EvidenceDetached(state.id(), state.cycleId(), state.characteristicCode(), c.evidenceId()));
    }

    private static void checkText(String text) {
        if (text == null || text.isBlank()) throw new RuleViolation("text-required", "text", "text is required");
        if (text.length() > MAX_TEXT) throw new RuleViolation("text-too-long", "text", "text is longer than " + MAX_TEXT + " characters");
    }
}
