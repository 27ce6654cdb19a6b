package org.bestvalue.reporting.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folds a cycle's opportunity and action events into its action plan. */
public final class ActionPlans {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private ActionPlans() {
    }

    public static ActionPlan of(Cycle cycle, FrameworkVersion framework, Collection<ActionEntry> history, LocalDate today) {
        return of(cycle, framework, history, today, Person::unresolved);
    }

    /** The user ids of every officer the history names (to look their names up before folding). */
    public static java.util.Set<String> officerIds(Collection<ActionEntry> history) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ActionEntry e : history) e.data().path("officers").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** @param people the name and job title of each officer's user id */
    public static ActionPlan of(Cycle cycle, FrameworkVersion framework, Collection<ActionEntry> history, LocalDate today,
                                java.util.function.Function<String, Person> people) {
        Map<String, OpportunityFold> opportunities = new LinkedHashMap<>();
        Map<String, ActionFold> actions = new LinkedHashMap<>();
        for (ActionEntry e : history.stream().sorted(ActionEntry.CHRONOLOGICAL).toList()) {
            JsonNode d = e.data();
            if ("OpportunityRaised".equals(e.eventType())) {
                OpportunityFold o = opportunities.computeIfAbsent(e.opportunityId(), OpportunityFold::new);
                o.code = e.characteristicCode();
                o.gap = text(d, "gap");
                o.origin = text(d, "origin");
                o.colour = text(d, "colour");
                continue;
            }
            if ("OpportunityGapRevised".equals(e.eventType())) {
                OpportunityFold o = opportunities.computeIfAbsent(e.opportunityId(), OpportunityFold::new);
                if (o.code == null) o.code = e.characteristicCode();
                o.gap = text(d, "gap");
                continue;
            }
            if (e.actionId() == null) continue;
            ActionFold a = actions.computeIfAbsent(e.actionId(), ActionFold::new);
            a.opportunityId = e.opportunityId();
            a.code = e.characteristicCode();
            switch (e.eventType()) {
                case "ActionPlanned" -> {
                    a.description = text(d, "description");
                    a.officers = new ArrayList<>();
                    d.path("officers").forEach(n -> a.officers.add(n.asText()));
                    a.serviceArea = text(d, "serviceArea");
                    a.timeline = text(d, "indicativeTimeline");
                }
                case "ActionScheduled" -> {
                    a.start = date(d, "start");
                    a.end = date(d, "end");
                    if (a.status == ActionStatus.PLANNED) a.status = ActionStatus.SCHEDULED;
                }
                case "ActionStarted" -> {
                    a.status = ActionStatus.IN_PROGRESS;
                    if (a.start == null) a.start = date(d, "on");
                }
                case "ProgressReported" -> {
                    if (d.hasNonNull("percent")) a.percent = d.get("percent").asInt();
                    if (d.hasNonNull("rag")) a.rag = d.get("rag").asText();
                    a.progress = text(d, "note");
                    a.progressPublic = a.progress != null && d.path("notePublic").asBoolean(false);
                    a.progressOn = date(d, "on");
                    if (a.status == ActionStatus.PLANNED || a.status == ActionStatus.SCHEDULED) a.status = ActionStatus.IN_PROGRESS;
                }
                case "ActionCompleted" -> {
                    a.status = ActionStatus.COMPLETED;
                    a.completedOn = date(d, "on");
                    a.completionNote = text(d, "completionNote");
                    a.completionNotePublic = d.path("notePublic").asBoolean(false);
                    a.percent = 100;
                }
                case "ActionDeferred" -> {
                    a.status = ActionStatus.DEFERRED;
                    a.statusReason = text(d, "reason");
                    a.deferredUntil = date(d, "until");
                }
                case "ActionCancelled" -> {
                    a.status = ActionStatus.CANCELLED;
                    a.statusReason = text(d, "reason");
                }
                case "ExternalReferenceLinked" -> a.references.add(text(d, "system") + ": " + text(d, "reference"));
                default -> {
                }
            }
        }
        // An action whose opportunity event was not seen still belongs in the plan, under its characteristic.
        for (ActionFold a : actions.values()) {
            if (a.opportunityId != null) opportunities.computeIfAbsent(a.opportunityId, id -> {
                OpportunityFold o = new OpportunityFold(id);
                o.code = a.code;
                return o;
            });
        }

        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) counts.put(s, 0);
        List<ActionPlan.Action> built = new ArrayList<>();
        for (ActionFold a : actions.values()) {
            ActionPlan.Action action = a.build(today, people);
            counts.merge(action.status(), 1, Integer::sum);
            built.add(action);
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        int i = 0;
        Map<String, Integer> themeOrder = new LinkedHashMap<>();
        framework.themes().forEach(t -> themeOrder.put(t.code(), t.order()));
        for (FrameworkVersion.Characteristic c : framework.characteristics().stream()
                .sorted(Comparator.comparing((FrameworkVersion.Characteristic c) -> themeOrder.getOrDefault(c.themeCode(), 999))
                        .thenComparingInt(FrameworkVersion.Characteristic::order)).toList()) {
            order.put(c.code(), i++);
        }
        List<ActionPlan.Opportunity> rows = opportunities.values().stream()
                .sorted(Comparator.comparing((OpportunityFold o) -> order.getOrDefault(o.code, Integer.MAX_VALUE))
                        .thenComparing(o -> o.id))
                .map(o -> {
                    var c = framework.characteristic(o.code);
                    return new ActionPlan.Opportunity(o.id, o.code, c.map(FrameworkVersion.Characteristic::title).orElse(null),
                            c.map(FrameworkVersion.Characteristic::themeCode).orElse(null), o.gap, o.origin, o.colour,
                            built.stream().filter(a -> o.id.equals(a.opportunityId())).toList());
                })
                .toList();
        List<ActionPlan.Action> overdue = built.stream().filter(ActionPlan.Action::overdue).toList();
        return new ActionPlan(cycle.cycleId(), cycle.year(), today, rows, counts, built.size(), overdue.size(), overdue);
    }

    /**
     * The date an open action is due: the date it was deferred until, else its scheduled end, else the
     * last day of its indicative timeline ("2024-Q3" → 30 September 2024, "2024-09" → 30 September 2024).
     */
    static LocalDate dueBy(LocalDate deferredUntil, LocalDate end, String timeline) {
        if (deferredUntil != null) return deferredUntil;
        if (end != null) return end;
        if (timeline == null) return null;
        Matcher q = QUARTER.matcher(timeline.trim());
        if (q.matches()) return YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3).atEndOfMonth();
        try {
            return YearMonth.parse(timeline.trim()).atEndOfMonth();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(timeline.trim());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String text(JsonNode d, String f) {
        JsonNode v = d.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode d, String f) {
        String v = text(d, f);
        if (v == null) return null;
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class OpportunityFold {
        final String id;
        String code, gap, origin, colour;

        OpportunityFold(String id) {
            this.id = id;
        }
    }

    private static final class ActionFold {
        final String id;
        String opportunityId, code, description, serviceArea, timeline, rag, progress, completionNote, statusReason;
        List<String> officers = new ArrayList<>();
        List<String> references = new ArrayList<>();
        LocalDate start, end, progressOn, completedOn, deferredUntil;
        Integer percent;
        boolean progressPublic, completionNotePublic;
        ActionStatus status = ActionStatus.PLANNED;

        ActionFold(String id) {
            this.id = id;
        }

        ActionPlan.Action build(LocalDate today, java.util.function.Function<String, Person> people) {
            LocalDate due = status.open() ? dueBy(deferredUntil, end, timeline) : null;
            boolean overdue = due != null && due.isBefore(today);
            return new ActionPlan.Action(id, opportunityId, code, description, List.copyOf(officers), serviceArea,
                    timeline, start, end, status, percent, rag, progress, progressOn, completedOn, completionNote,
                    deferredUntil, statusReason, List.copyOf(references), due, overdue, progressPublic, completionNotePublic,
                    officers.stream().map(people).toList());
        }
    }
}
