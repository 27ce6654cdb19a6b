package org.bestvalue.action.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.action.actionplan.ExternalReference;
import org.bestvalue.action.actionplan.Progress;
import org.bestvalue.action.actionplan.Rag;
import org.bestvalue.action.catalogue.Catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the action plan, always scoped to one council. "Overdue" is computed against the date passed in. */
@ApplicationScoped
public class ActionPlanQueries {
    /** Optional narrowing of an action list. */
    public record Filter(ActionStatus status, Boolean overdue) {
        public static final Filter NONE = new Filter(null, null);
    }

    private static final String OVERDUE = "(a.end_date < $3 AND a.status NOT IN ('DONE', 'CANCELLED'))";

    // Theme comes from the cycle's framework; when the catalogue has not arrived, from the final score's event.
    private static final String SELECT = """
            SELECT COALESCE(c.theme_code, s.theme_code) AS theme_code, t.title AS theme_title, o.characteristic_code,
                   c.title AS characteristic_title, o.opportunity_id, o.gap, o.colour, a.action_id, a.description,
                   a.officers, a.service_area, a.indicative_timeline, a.start_date, a.end_date, a.status,
                   a.status_reason, a.progress_on, a.progress_percent, a.progress_rag, a.progress_note,
                   a.progress_author, a.external_references::text AS external_references, a.version,
            """ + OVERDUE + " AS overdue FROM ";

    private static final String CATALOGUE_JOINS = """
             LEFT JOIN catalogue_cycle cy ON cy.council_id = o.council_id AND cy.cycle_id = o.cycle_id
             LEFT JOIN catalogue_characteristic c ON c.framework_version_id = cy.framework_version_id AND c.code = o.characteristic_code
             LEFT JOIN scored_characteristic s ON s.council_id = o.council_id AND s.cycle_id = o.cycle_id
                                              AND s.characteristic_code = o.characteristic_code
             LEFT JOIN catalogue_theme t ON t.framework_version_id = cy.framework_version_id
                                        AND t.code = COALESCE(c.theme_code, s.theme_code)
            """;

    private static final String ORDER = " ORDER BY t.sort_order NULLS LAST, c.sort_order NULLS LAST, o.characteristic_code, "
            + "a.planned_at NULLS LAST, a.action_id";

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    /** A cycle's action plan: every opportunity, with each of its actions on a line. */
    public Uni<List<ActionPlanRow>> actionPlan(String councilId, String cycleId, Filter filter, LocalDate today) {
        String sql = SELECT + "opportunity_view o LEFT JOIN action_view a ON a.opportunity_id = o.opportunity_id "
                + CATALOGUE_JOINS + " WHERE o.council_id = $1 AND o.cycle_id = $2" + where(filter, true) + ORDER;
        return rows(sql, Tuple.of(councilId, cycleId, today, filter.status() == null ? null : filter.status().name()));
    }

    /** The actions an officer is responsible for, across cycles. */
    public Uni<List<ActionPlanRow>> officerActions(String councilId, String userId, Filter filter, LocalDate today) {
        String sql = SELECT + "action_view a JOIN opportunity_view o ON o.opportunity_id = a.opportunity_id "
                + CATALOGUE_JOINS + " WHERE a.council_id = $1 AND $2 = ANY(a.officers)" + where(filter, false)
                + " ORDER BY a.end_date NULLS LAST, a.indicative_timeline, a.planned_at, a.action_id";
        return rows(sql, Tuple.of(councilId, userId, today, filter.status() == null ? null : filter.status().name()));
    }

    /** The actions of one opportunity, in the order they were planned. */
    public Uni<List<ActionPlanRow>> actionsOf(String councilId, String opportunityId, LocalDate today) {
        String sql = SELECT + "action_view a JOIN opportunity_view o ON o.opportunity_id = a.opportunity_id "
                + CATALOGUE_JOINS + " WHERE a.council_id = $1 AND a.opportunity_id = $2 AND $4::text IS NULL"
                + " ORDER BY a.planned_at, a.action_id";
        return rows(sql, Tuple.of(councilId, opportunityId, today, null));
    }

    public Uni<List<OpportunityRow>> opportunities(String councilId, String cycleId) {
        String sql = """
                SELECT o.opportunity_id, o.cycle_id, o.characteristic_code, c.title, COALESCE(c.theme_code, s.theme_code),
                       o.gap, o.origin, o.colour, o.raised_at, o.raised_by,
                       (SELECT count(*) FROM action_view a WHERE a.opportunity_id = o.opportunity_id) AS actions, o.version
                FROM opportunity_view o
                """ + CATALOGUE_JOINS + " WHERE o.council_id = $1 AND o.cycle_id = $2"
                + " ORDER BY t.sort_order NULLS LAST, c.sort_order NULLS LAST, o.characteristic_code";
        return pool.preparedQuery(sql).execute(Tuple.of(councilId, cycleId)).map(rows -> {
            List<OpportunityRow> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new OpportunityRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getOffsetDateTime(8).toInstant(), r.getString(9),
                        r.getLong(10).intValue(), r.getLong(11)));
            }
            return out;
        });
    }

    /** Per theme of the cycle's framework: planned / in progress / done / deferred / cancelled / overdue actions. */
    public Uni<List<ThemeProgress>> themeProgress(String councilId, Catalogue.Cycle cycle, List<Catalogue.Theme> themes,
                                                  LocalDate today) {
        String sql = """
                SELECT COALESCE(c.theme_code, s.theme_code, '') AS theme_code, a.status,
                       (a.end_date < $3 AND a.status NOT IN ('DONE', 'CANCELLED')) AS overdue
                FROM action_view a JOIN opportunity_view o ON o.opportunity_id = a.opportunity_id
                """ + CATALOGUE_JOINS + " WHERE a.council_id = $1 AND a.cycle_id = $2";
        return pool.preparedQuery(sql).execute(Tuple.of(councilId, cycle.cycleId(), today)).map(rows -> {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Catalogue.Theme t : themes) {
                counts.put(t.code(), new int[7]);
                titles.put(t.code(), t.title());
            }
            for (Row r : rows) {
                int[] c = counts.computeIfAbsent(r.getString(0), k -> new int[7]);
                c[ActionStatus.valueOf(r.getString(1)).ordinal()]++;
                if (Boolean.TRUE.equals(r.getBoolean(2))) c[5]++;
                c[6]++;
            }
            List<ThemeProgress> out = new ArrayList<>();
            counts.forEach((code, c) -> out.add(new ThemeProgress(code.isEmpty() ? null : code, titles.get(code),
                    c[ActionStatus.PLANNED.ordinal()], c[ActionStatus.IN_PROGRESS.ordinal()], c[ActionStatus.DONE.ordinal()],
                    c[ActionStatus.DEFERRED.ordinal()], c[ActionStatus.CANCELLED.ordinal()], c[5], c[6])));
            return out;
        });
    }

    private static String where(Filter filter, boolean actionOptional) {
        StringBuilder w = new StringBuilder(" AND ($4::text IS NULL OR a.status = $4)");
        if (filter.overdue() != null) w.append(filter.overdue() ? " AND " + OVERDUE : " AND NOT COALESCE(" + OVERDUE + ", false)");
        // Narrowing by status or overdue is about actions: opportunities without one drop out.
        if (actionOptional && (filter.status() != null || filter.overdue() != null)) w.append(" AND a.action_id IS NOT NULL");
        return w.toString();
    }

    private Uni<List<ActionPlanRow>> rows(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<ActionPlanRow> out = new ArrayList<>();
            for (Row r : rows) out.add(toRow(r));
            return out;
        });
    }

    private ActionPlanRow toRow(Row r) {
        boolean hasAction = r.getString("action_id") != null;
        Progress latest = r.getLocalDate("progress_on") == null ? null : new Progress(r.getLocalDate("progress_on"),
                r.getInteger("progress_percent"), r.getString("progress_rag") == null ? null : Rag.valueOf(r.getString("progress_rag")),
                r.getString("progress_note"), r.getString("progress_author"));
        return new ActionPlanRow(r.getString("theme_code"), r.getString("theme_title"), r.getString("characteristic_code"),
                r.getString("characteristic_title"), r.getString("opportunity_id"), r.getString("gap"), r.getString("colour"),
                r.getString("action_id"), r.getString("description"),
                hasAction ? List.of(r.getArrayOfStrings("officers")) : null, r.getString("service_area"),
                r.getString("indicative_timeline"), r.getLocalDate("start_date"), r.getLocalDate("end_date"),
                hasAction ? ActionStatus.valueOf(r.getString("status")) : null,
                hasAction ? Boolean.TRUE.equals(r.getBoolean("overdue")) : null, r.getString("status_reason"), latest,
                hasAction ? references(r.getString("external_references")) : null, r.getLong("version"));
    }

    private List<ExternalReference> references(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<ExternalReference>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
