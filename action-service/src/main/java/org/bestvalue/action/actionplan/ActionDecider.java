package org.bestvalue.action.actionplan;

import org.bestvalue.action.actionplan.ActionCommand.Cancel;
import org.bestvalue.action.actionplan.ActionCommand.Complete;
import org.bestvalue.action.actionplan.ActionCommand.Defer;
import org.bestvalue.action.actionplan.ActionCommand.LinkExternalReference;
import org.bestvalue.action.actionplan.ActionCommand.PlanAction;
import org.bestvalue.action.actionplan.ActionCommand.ReportProgress;
import org.bestvalue.action.actionplan.ActionCommand.Schedule;
import org.bestvalue.action.actionplan.ActionCommand.Start;
import org.bestvalue.action.actionplan.ActionEvent.ActionCancelled;
import org.bestvalue.action.actionplan.ActionEvent.ActionCompleted;
import org.bestvalue.action.actionplan.ActionEvent.ActionDeferred;
import org.bestvalue.action.actionplan.ActionEvent.ActionPlanned;
import org.bestvalue.action.actionplan.ActionEvent.ActionScheduled;
import org.bestvalue.action.actionplan.ActionEvent.ActionStarted;
import org.bestvalue.action.actionplan.ActionEvent.ExternalReferenceLinked;
import org.bestvalue.action.actionplan.ActionEvent.ProgressReported;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of an action: dates in order, only its officers and planners report on it, closing it
 * needs words (a completion note, a reason), and a closed action stays closed.
 */
public final class ActionDecider extends CommandTable<ActionCommand, ActionEvent, Action> {
    /** A month ("2024-09") or a quarter ("2024-Q3"), as Appendix A gives indicative timelines. */
    public static final Pattern TIMELINE = Pattern.compile("\\d{4}-(Q[1-4]|0[1-9]|1[0-2])");
    public static final int TEXT_MAX = 4000;

    public ActionDecider() {
        super(ActionCommand.class, Action.NONE);
        startedBy(() -> new NotFound("action not found"), PlanAction.class);
        when(ActionPlanned.class, (s, e) -> s.with(b -> {
            b.actionId = e.actionId(); b.opportunityId = e.opportunityId(); b.cycleId = e.cycleId();
            b.characteristicCode = e.characteristicCode(); b.description = e.description();
            b.officers = List.copyOf(e.officers()); b.serviceArea = e.serviceArea();
            b.indicativeTimeline = e.indicativeTimeline(); b.status = ActionStatus.PLANNED;
        }));
        when(ActionScheduled.class, (s, e) -> s.with(b -> {
            b.start = e.start(); b.end = e.end();
        }));
        when(ActionStarted.class, (s, e) -> s.with(b -> {
            b.status = ActionStatus.IN_PROGRESS; b.startedOn = e.on(); b.deferralReason = null; b.deferredUntil = null;
        }));
        when(ProgressReported.class, (s, e) -> s.with(b -> {
            List<Progress> p = new ArrayList<>(s.progress());
            p.add(new Progress(e.on(), e.percent(), e.rag(), e.note(), e.authorId()));
            b.progress = List.copyOf(p);
        }));
        when(ActionCompleted.class, (s, e) -> s.with(b -> {
            b.status = ActionStatus.DONE; b.completedOn = e.on(); b.completionNote = e.completionNote();
        }));
        when(ActionDeferred.class, (s, e) -> s.with(b -> {
            b.status = ActionStatus.DEFERRED; b.deferralReason = e.reason(); b.deferredUntil = e.until();
        }));
        when(ActionCancelled.class, (s, e) -> s.with(b -> {
            b.status = ActionStatus.CANCELLED; b.cancellationReason = e.reason();
        }));
        when(ExternalReferenceLinked.class, (s, e) -> s.with(b -> {
            List<ExternalReference> refs = new ArrayList<>(s.externalReferences().stream()
                    .filter(r -> !r.system().equals(e.system())).toList());
            refs.add(new ExternalReference(e.system(), e.reference()));
            b.externalReferences = List.copyOf(refs);
        }));
    }

    private static List<ActionEvent> plan(PlanAction c, Action s) {
        if (s.exists()) throw new RuleViolation(409, "action-exists", "actionId", "Action " + c.actionId() + " already exists");
        requireText(c.description(), "description", "Describe the action");
        requireText(c.serviceArea(), "serviceArea", "Name the service area that delivers the action");
        if (c.officers() == null || c.officers().isEmpty() || c.officers().stream().anyMatch(o -> o == null || o.isBlank())) {
            throw new RuleViolation("officers-required", "officers", "Name at least one responsible officer (user id)");
        }
        if (c.indicativeTimeline() == null || !TIMELINE.matcher(c.indicativeTimeline()).matches()) {
            throw new RuleViolation("invalid-indicative-timeline", "indicativeTimeline",
                    "Give a month (2024-09) or a quarter (2024-Q3)");
        }
        List<ActionEvent> out = new ArrayList<>();
        out.add(new ActionPlanned(c.actionId(), c.opportunityId(), c.cycleId(), c.characteristicCode(),
                c.description().strip(), List.copyOf(new LinkedHashSet<>(c.officers().stream().map(String::strip).toList())),
                c.serviceArea().strip(), c.indicativeTimeline()));
        if (c.start() != null || c.end() != null) {
            requireDatesInOrder(c.start(), c.end());
            out.add(new ActionScheduled(c.actionId(), c.opportunityId(), c.cycleId(), c.characteristicCode(), c.start(), c.end()));
        }
        return out;
    }

    private static List<ActionEvent> schedule(Schedule c, Action s) {
        requireOfficerOrPlanner(c.actor(), s, "schedule");
        requireOpen(s);
        requireDatesInOrder(c.start(), c.end());
        if (c.start().equals(s.start()) && c.end().equals(s.end())) return List.of();
        return List.of(new ActionScheduled(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(), c.start(), c.end()));
    }

    private static List<ActionEvent> start(Start c, Action s) {
        requireOfficerOrPlanner(c.actor(), s, "start");
        requireOpen(s);
        if (s.status() == ActionStatus.IN_PROGRESS) {
            throw new RuleViolation(409, "action-already-in-progress", null, "The action is already in progress");
        }
        requireNotAfterToday(c.on(), c.today(), "on");
        return List.of(new ActionStarted(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(), c.on()));
    }

    private static List<ActionEvent> report(ReportProgress c, Action s) {
        requireOfficerOrPlanner(c.actor(), s, "report progress on");
        requireOpen(s);
        requireNotAfterToday(c.on(), c.today(), "on");
        if (c.percent() != null && (c.percent() < 0 || c.percent() > 100)) {
            throw new RuleViolation("percent-out-of-range", "percent", "Percent complete is between 0 and 100");
        }
        boolean hasNote = c.note() != null && !c.note().isBlank();
        if (c.percent() == null && !hasNote) {
            throw new RuleViolation("progress-needs-percent-or-note", "note", "Report a percent complete, a narrative, or both");
        }
        if (hasNote && c.note().length() > TEXT_MAX) {
            throw new RuleViolation("note-too-long", "note", "The note is at most " + TEXT_MAX + " characters");
        }
        return List.of(new ProgressReported(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(), c.on(),
                c.percent(), c.rag(), hasNote ? c.note().strip() : null, c.actor().userId(), hasNote && c.notePublic()));
    }

    private static List<ActionEvent> complete(Complete c, Action s) {
        requireOfficerOrPlanner(c.actor(), s, "complete");
        requireOpen(s);
        requireNotAfterToday(c.on(), c.today(), "on");
        requireText(c.completionNote(), "completionNote", "Say what was done: completing an action needs a completion note");
        return List.of(new ActionCompleted(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(), c.on(),
                c.completionNote().strip(), c.notePublic()));
    }

    private static List<ActionEvent> defer(Defer c, Action s) {
        requireOpen(s);
        requireOfficerOrPlanner(c.actor(), s, "defer");
        requireText(c.reason(), "reason", "Deferring an action needs a reason");
        if (c.until() != null && !c.until().isAfter(c.today())) {
            throw new RuleViolation("deferral-until-not-in-future", "until", "Defer until a date after today, or leave it open");
        }
        return List.of(new ActionDeferred(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(),
                c.reason().strip(), c.until()));
    }

    private static List<ActionEvent> cancel(Cancel c, Action s) {
        requireOpen(s);
        requireText(c.reason(), "reason", "Cancelling an action needs a reason");
        return List.of(new ActionCancelled(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(), c.reason().strip()));
    }

    private static List<ActionEvent> link(LinkExternalReference c, Action s) {
        requireText(c.system(), "system", "Name the system that holds the item");
        requireText(c.reference(), "reference", "Give the item's reference in that system");
        ExternalReference wanted = new ExternalReference(c.system().strip(), c.reference().strip());
        if (s.externalReferences().contains(wanted)) return List.of();
        return List.of(new ExternalReferenceLinked(s.actionId(), s.opportunityId(), s.cycleId(), s.characteristicCode(),
                wanted.system(), wanted.reference()));
    }

    private static void requireOfficerOrPlanner(Actor actor, Action s, String what) {
        if (actor == null || !(actor.planner() || s.isOfficer(actor.userId()))) {
            throw new RuleViolation(403, "not-an-officer-of-the-action", "officers",
                    "Only the action's responsible officers and planners may " + what + " this action");
        }
    }

    private static void requireOpen(Action s) {
        if (s.status().isClosed()) {
            throw new RuleViolation(409, "action-closed", "status", "The action is " + s.status() + " and can no longer change");
        }
    }

    private static void requireDatesInOrder(LocalDate start, LocalDate end) {
        if (start == null) throw new RuleViolation("start-required", "start", "Give the start date");
        if (end == null) throw new RuleViolation("end-required", "end", "Give the end date");
        if (end.isBefore(start)) throw new RuleViolation("end-before-start", "end", "The end date " + end + " is before the start " + start);
    }

    private static void requireNotAfterToday(LocalDate on, LocalDate today, String field) {
        if (on == null) throw new RuleViolation("date-required", field, "Give the date");
        if (on.isAfter(today)) throw new RuleViolation("date-in-future", field, "The date " + on + " is after today (" + today + ")");
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) throw new RuleViolation(kebab(field) + "-required", field, message);
        if (value.length() > TEXT_MAX) throw new RuleViolation(kebab(field) + "-too-long", field, "At most " + TEXT_MAX + " characters");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
