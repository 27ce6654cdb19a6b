package org.bestvalue.reporting.rendering;

import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.util.List;

/**
 * CSV exports (RFC 4180: comma-separated, CRLF, quoted where needed). A CSV is the machine-readable export (people get
 * the XLSX and the PDF): its columns carry the values of the JSON and the events, so a script can join them. Per column:
 * <ul>
 *   <li>{@code colour}, {@code status}, {@code rag}: the constants of the JSON ({@code LIGHT_GREEN}, {@code final},
 *   {@code IN_PROGRESS}), which a script matches exactly; words would change with the wording;</li>
 *   <li>{@code last_changed_at}: an ISO 8601 instant (UTC, to the second), and {@code start}, {@code end},
 *   {@code due_by}: ISO 8601 dates — unambiguous in every locale (a "10/06/2024" reads as 6 October in some) and
 *   sorting as text;</li>
 *   <li>the people columns ({@code last_changed_by}, {@code officers}) in words, "Name, Job title", with the ids beside
 *   them in their own columns;</li>
 *   <li>{@code open_comments}: the reviewers' comment threads on the characteristic's narrative still open.</li>
 * </ul>
 */
public final class Csv {
    private Csv() {
    }

    public static String heatMap(HeatMap map) {
        StringBuilder s = new StringBuilder();
        line(s, List.of("theme", "theme_title", "code", "title", "colour", "status", "cross_reference_to", "last_changed_at",
                "last_changed_by", "last_changed_by_id", "open_comments"));
        for (HeatMap.ThemeRow row : map.themes()) {
            for (HeatMap.Cell c : row.cells()) {
                line(s, List.of(row.code(), row.title(), c.code(), c.title(), c.colour() == null ? "" : c.colour().name(),
                        c.status() == null ? "" : c.status().json(), n(c.crossReferenceTo()),
                        c.lastChangedAt() == null ? "" : c.lastChangedAt().toString(),
                        c.lastChangedByPerson() == null ? "" : c.lastChangedByPerson().label(), n(c.lastChangedBy()),
                        s(c.openComments())));
            }
        }
        return s.toString();
    }

    public static String actionPlan(ActionPlan plan) {
        StringBuilder s = new StringBuilder();
        line(s, List.of("characteristic", "characteristic_title", "opportunity", "action", "officers", "service_area",
                "indicative_timeline", "start", "end", "status", "percent", "rag", "latest_progress", "due_by", "overdue",
                "officer_ids"));
        for (ActionPlan.Opportunity o : plan.opportunities()) {
            if (o.actions().isEmpty()) {
                line(s, List.of(n(o.characteristicCode()), n(o.characteristicTitle()), n(o.gap()), "", "", "", "", "", "",
                        "", "", "", "", "", "", ""));
            }
            for (ActionPlan.Action a : o.actions()) {
                line(s, List.of(n(o.characteristicCode()), n(o.characteristicTitle()), n(o.gap()), n(a.description()),
                        a.officersByName(), n(a.serviceArea()), n(a.indicativeTimeline()), s(a.start()),
                        s(a.end()), a.status().name(), s(a.percent()), n(a.rag()), n(a.latestProgress()), s(a.dueBy()),
                        a.overdue() ? "yes" : "no", String.join("; ", a.officers())));
            }
        }
        return s.toString();
    }

    private static String n(String v) {
        return v == null ? "" : v;
    }

    private static String s(Object v) {
        return v == null ? "" : v.toString();
    }

    /**
     * One CSV record: quoted where needed, and a field starting with = + - @ (a formula to a spreadsheet, the way
     * an exported text could run in the reader's Excel) made text with a leading apostrophe.
     */
    public static void line(StringBuilder s, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) s.append(',');
            String f = fields.get(i);
            // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) f = "'" + f;
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            s.append(f);
        }
        s.append("\r\n");
    }
}
