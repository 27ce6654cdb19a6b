package org.bestvalue.action.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.actionplan.ExternalReference;
import org.bestvalue.action.actionplan.Progress;
import org.bestvalue.action.actionplan.Rag;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.read.Where;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the action plan through the Panache entities, always scoped to one council. "Overdue" is
 * computed against the date passed in. Callers hold a Hibernate Reactive session (@WithSession).
 */
@ApplicationScoped
public class ActionPlanReads {
    /** Optional narrowing of an action list: status, one responsible officer, overdue or not. */
    public record Filter(ActionStatus status, String officer, Boolean overdue) {
        public static final Filter NONE = new Filter(null, null, null);

        boolean narrowsActions() {
            return status != null || officer != null || overdue != null;
        }
    }

    private static final Sort AS_PLANNED = Sort.by("plannedAt").and("actionId");
    private static final Sort FRAMEWORK_ORDER = Sort.by("frameworkOrder").and("characteristicCode");

    @Inject
    ObjectMapper mapper;
    @Inject
    org.bestvalue.eventkit.people.PeopleDirectory people;

    // Every officer named on the lines, by name and job title.
    private Uni<List<ActionPlanLine>> named(List<ActionPlanLine> lines) {
        List<String> ids = lines.stream().filter(l -> l.officers() != null).flatMap(l -> l.officers().stream()).distinct().toList();
        return people.lookup(ids).map(who -> lines.stream().map(l -> l.named(who)).toList());
    }

    /** A cycle's action plan (Appendix A): every opportunity in framework order, each of its actions on a line. */
    public Uni<List<ActionPlanLine>> actionPlan(CatalogueCycleRow cycle, String theme, Filter filter, LocalDate today) {
        Where w = Where.of("councilId = :council and cycleId = :cycle", Parameters.with("council", cycle.councilId).and("cycle", cycle.cycleId))
                .and("themeCode = :theme", "theme", theme);
        Uni<List<OpportunityRow>> opportunities = OpportunityRow.list(w.query(), FRAMEWORK_ORDER, w.parameters());
        return opportunities.chain(opps -> actions(cycle.councilId, "cycleId = :cycle", Parameters.with("cycle", cycle.cycleId),
                        filter, today)
                .chain(actions -> themeTitles(cycle).map(titles -> {
                    Map<String, List<ActionPlanRow>> byOpportunity = actions.stream()
                            .collect(Collectors.groupingBy(a -> a.opportunityId, LinkedHashMap::new, Collectors.toList()));
                    List<ActionPlanLine> lines = new ArrayList<>();
                    for (OpportunityRow o : opps) {
                        List<ActionPlanRow> mine = byOpportunity.getOrDefault(o.opportunityId, List.of());
                        // Narrowing by status, officer or overdue is about actions: opportunities without one drop out.
                        if (mine.isEmpty() && !filter.narrowsActions()) lines.add(line(o, titles.get(o.themeCode), null, today));
                        for (ActionPlanRow a : mine) lines.add(line(o, titles.get(o.themeCode), a, today));
                    }
                    return lines;
                })).chain(this::named));
    }

    /** The actions an officer is responsible for, across cycles, one page. */
    public Uni<Page<ActionPlanLine>> officerActions(String councilId, String userId, Filter filter, LocalDate today,
                                                    PageRequest page) {
        Where w = where(councilId, ActionPlanRow.HAS_OFFICER, Parameters.with("officer", userId), filter, today);
        var query = ActionPlanRow.<ActionPlanRow>find(w.query(), page.sort(), w.parameters()).page(page.panachePage());
        return query.list().chain(rows -> query.count().chain(total -> withOpportunities(rows, today).chain(this::named)
                .map(lines -> page.page(lines, total))));
    }

    /** The actions of one opportunity, in the order they were planned. */
    public Uni<List<ActionPlanLine>> actionsOf(OpportunityRow opportunity, LocalDate today) {
        return ActionPlanRow.<ActionPlanRow>list("councilId = ?1 and opportunityId = ?2", AS_PLANNED,
                        opportunity.councilId, opportunity.opportunityId)
                .chain(rows -> themeTitle(opportunity).map(title ->
                        rows.stream().map(a -> line(opportunity, title, a, today)).toList())).chain(this::named);
    }

    /** One opportunity of the council's, or null. */
    public Uni<OpportunityRow> opportunity(String councilId, String opportunityId) {
        return OpportunityRow.<OpportunityRow>find("councilId = ?1 and opportunityId = ?2", councilId, opportunityId).firstResult();
    }

    /** A cycle's opportunities, one page; {@code status} keeps those with an action in that status. */
    public Uni<Page<OpportunityRow>> opportunities(String councilId, String cycleId, String theme, ActionStatus status,
                                                   PageRequest page) {
        Where w = Where.of("councilId = :council and cycleId = :cycle", Parameters.with("council", councilId).and("cycle", cycleId))
                .and("themeCode = :theme", "theme", theme)
                .and("opportunityId in (select a.opportunityId from ActionPlanRow a where a.status = :status)", "status",
                        status == null ? null : status.name());
        var query = OpportunityRow.<OpportunityRow>find(w.query(), page.sort(), w.parameters()).page(page.panachePage());
        return query.list().chain(rows -> query.count().map(total -> page.page(rows, total)));
    }

    /** Per theme of the cycle's framework: planned / in progress / done / deferred / cancelled / overdue actions. */
    public Uni<List<ThemeProgress>> themeProgress(CatalogueCycleRow cycle, LocalDate today) {
        Uni<List<OpportunityRow>> opportunities = OpportunityRow.list("councilId = ?1 and cycleId = ?2", cycle.councilId, cycle.cycleId);
        Uni<List<ActionPlanRow>> actions = ActionPlanRow.list("councilId = ?1 and cycleId = ?2", cycle.councilId, cycle.cycleId);
        return CatalogueThemeRow.of(cycle.frameworkVersionId).chain(themes -> opportunities.chain(opps -> actions.map(rows -> {
            Map<String, String> themeOf = new LinkedHashMap<>();
            for (OpportunityRow o : opps) themeOf.put(o.opportunityId, o.themeCode == null ? "" : o.themeCode);
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (CatalogueThemeRow t : themes) {
                counts.put(t.code, new int[7]);
                titles.put(t.code, t.title);
            }
            for (ActionPlanRow a : rows) {
                int[] c = counts.computeIfAbsent(themeOf.getOrDefault(a.opportunityId, ""), k -> new int[7]);
                c[ActionStatus.valueOf(a.status).ordinal()]++;
                if (a.isOverdueOn(today)) c[5]++;
                c[6]++;
            }
            List<ThemeProgress> out = new ArrayList<>();
            counts.forEach((code, c) -> out.add(new ThemeProgress(code.isEmpty() ? null : code, titles.get(code),
                    c[ActionStatus.PLANNED.ordinal()], c[ActionStatus.IN_PROGRESS.ordinal()], c[ActionStatus.DONE.ordinal()],
                    c[ActionStatus.DEFERRED.ordinal()], c[ActionStatus.CANCELLED.ordinal()], c[5], c[6])));
            return out;
        })));
    }

    /** A stream's events, newest first by default, one page: version, type, at, actor, correlationId and the event's fields. */
    public Uni<Page<com.fasterxml.jackson.databind.JsonNode>> history(String councilId, String streamType, String streamId, PageRequest page) {
        return org.bestvalue.eventkit.read.History.of(councilId, streamType, streamId, page).map(p -> {
            if (p.total() == 0) throw new NotFound(streamType + " " + streamId + " not found");
            return p;
        });
    }

    private static Where where(String councilId, String scope, Parameters params, Filter filter, LocalDate today) {
        Where w = Where.of("councilId = :council and " + scope, params.and("council", councilId))
                .and("status = :status", "status", filter.status() == null ? null : filter.status().name())
                .and(ActionPlanRow.HAS_OFFICER, "officer", filter.officer());
        if (filter.overdue() == null) return w;
        return w.and(filter.overdue() ? ActionPlanRow.OVERDUE : "not coalesce(" + ActionPlanRow.OVERDUE + ", false)", "today", today);
    }

    private Uni<List<ActionPlanRow>> actions(String councilId, String scope, Parameters params, Filter filter, LocalDate today) {
        Where w = where(councilId, scope, params, filter, today);
        return ActionPlanRow.list(w.query(), AS_PLANNED, w.parameters());
    }

    // The page's opportunities and their themes' titles, read once for all its actions.
    private Uni<List<ActionPlanLine>> withOpportunities(List<ActionPlanRow> rows, LocalDate today) {
        if (rows.isEmpty()) return Uni.createFrom().item(List.of());
        List<String> ids = rows.stream().map(a -> a.opportunityId).distinct().toList();
        return OpportunityRow.<OpportunityRow>list("opportunityId in ?1", ids).chain(opps -> {
            Map<String, OpportunityRow> byId = opps.stream().collect(Collectors.toMap(o -> o.opportunityId, Function.identity()));
            List<String> cycles = opps.stream().map(o -> o.cycleId).distinct().toList();
            String council = rows.get(0).councilId;
            return CatalogueCycleRow.<CatalogueCycleRow>list("councilId = ?1 and cycleId in ?2", council, cycles)
                    .chain(cys -> {
                        List<String> versions = cys.stream().map(c -> c.frameworkVersionId).distinct().toList();
                        Map<String, String> versionOf = cys.stream().collect(Collectors.toMap(c -> c.cycleId, c -> c.frameworkVersionId));
                        return CatalogueThemeRow.<CatalogueThemeRow>list("frameworkVersionId in ?1", versions).map(themes -> {
                            Map<String, String> titles = themes.stream().collect(Collectors.toMap(
                                    t -> t.frameworkVersionId + '|' + t.code, t -> t.title));
                            return rows.stream().map(a -> {
                                OpportunityRow o = byId.get(a.opportunityId);
                                return line(o, titles.get(versionOf.get(o.cycleId) + "|" + o.themeCode), a, today);
                            }).toList();
                        });
                    });
        });
    }

    private Uni<Map<String, String>> themeTitles(CatalogueCycleRow cycle) {
        return CatalogueThemeRow.of(cycle.frameworkVersionId)
                .map(themes -> themes.stream().collect(Collectors.toMap(t -> t.code, t -> t.title)));
    }

    private Uni<String> themeTitle(OpportunityRow o) {
        return CatalogueCycleRow.<CatalogueCycleRow>find("councilId = ?1 and cycleId = ?2", o.councilId, o.cycleId).firstResult()
                .chain(c -> c == null ? Uni.createFrom().item(Map.<String, String>of()) : themeTitles(c))
                .map(titles -> o.themeCode == null ? null : titles.get(o.themeCode));
    }

    private ActionPlanLine line(OpportunityRow o, String themeTitle, ActionPlanRow a, LocalDate today) {
        if (a == null) {
            return new ActionPlanLine(o.themeCode, themeTitle, o.characteristicCode, o.characteristicTitle, o.opportunityId,
                    o.gap, o.colour, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        Progress latest = a.progressOn == null ? null : new Progress(a.progressOn, a.progressPercent,
                a.progressRag == null ? null : Rag.valueOf(a.progressRag), a.progressNote, a.progressAuthor);
        return new ActionPlanLine(o.themeCode, themeTitle, o.characteristicCode, o.characteristicTitle, o.opportunityId,
                o.gap, o.colour, a.actionId, a.description, List.of(a.officers), a.serviceArea, a.indicativeTimeline,
                a.startDate, a.endDate, ActionStatus.valueOf(a.status), a.isOverdueOn(today), a.statusReason, latest,
                references(a.externalReferences), a.version, List.of());
    }

    private List<ExternalReference> references(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<ExternalReference>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
