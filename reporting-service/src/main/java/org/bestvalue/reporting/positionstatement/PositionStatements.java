package org.bestvalue.reporting.positionstatement;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.heatmap.HeatMaps;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a cycle's narrative, evidence and score events up to an instant into its position statements. Everything
 * recorded after {@code asOf} is left out: a later revision of the narrative, evidence attached later, a later score,
 * a later revision of an evidence item's title or reference.
 */
public final class PositionStatements {
    private PositionStatements() {
    }

    public static PositionStatementBook book(Cycle cycle, FrameworkVersion framework, Collection<ScoreEntry> scores,
                                             Collection<NarrativeEntry> narratives, Collection<EvidenceEntry> evidence,
                                             Instant asOf) {
        HeatMap heatMap = HeatMaps.at(cycle, framework, scores, asOf);
        Map<String, ScoreEntry> latestScore = HeatMaps.latestPerCharacteristic(scores, asOf);
        Map<String, NarrativeFold> byCode = new HashMap<>();
        narratives.stream().filter(n -> asOf == null || !n.at().isAfter(asOf)).sorted(NarrativeEntry.CHRONOLOGICAL)
                .forEach(n -> byCode.computeIfAbsent(n.characteristicCode(), k -> new NarrativeFold()).apply(n));
        Map<String, EvidenceEntry> items = new HashMap<>();
        evidence.stream().filter(e -> asOf == null || !e.at().isAfter(asOf)).sorted(EvidenceEntry.CHRONOLOGICAL)
                .forEach(e -> items.put(e.evidenceId(), e));

        List<PositionStatementBook.Theme> themes = new ArrayList<>();
        for (HeatMap.ThemeRow row : heatMap.themes()) {
            List<PositionStatement> statements = new ArrayList<>();
            for (FrameworkVersion.Characteristic c : framework.characteristicsOf(row.code()).stream()
                    .sorted(Comparator.comparingInt(FrameworkVersion.Characteristic::order)).toList()) {
                statements.add(statement(c, byCode.get(c.code()), items, c.scoreable() ? latestScore.get(c.code()) : null,
                        row.cells().stream().filter(cell -> cell.code().equals(c.code())).findFirst().orElse(null)));
            }
            themes.add(new PositionStatementBook.Theme(row.code(), row.title(), row, statements));
        }
        return new PositionStatementBook(cycle, framework.name(), asOf, heatMap, themes);
    }

    private static PositionStatement statement(FrameworkVersion.Characteristic c, NarrativeFold n,
                                               Map<String, EvidenceEntry> items, ScoreEntry score, HeatMap.Cell cell) {
        List<PositionStatement.Evidence> cited = new ArrayList<>();
        if (n != null) {
            for (String id : n.evidence) {
                EvidenceEntry e = items.get(id);
                cited.add(e == null ? new PositionStatement.Evidence(id, "Evidence item " + id, null, null, null, null)
                        : new PositionStatement.Evidence(id, e.title(), e.kind(), e.reference(), e.date(), e.uri()));
            }
        }
        return new PositionStatement(c.themeCode(), c.code(), c.title(), c.description(), c.crossReferenceTo(),
                n == null ? null : n.text, n == null ? null : n.revision, n == null ? null : n.status,
                n == null ? null : n.revisedAt, List.copyOf(cited), cell == null ? null : cell.colour(),
                cell == null ? null : cell.status(), score == null ? null : score.reason(), score == null ? null : score.at());
    }

    /** A narrative's state as its events are applied in order. */
    private static final class NarrativeFold {
        String text;
        Integer revision;
        String status;
        Instant revisedAt;
        final Set<String> evidence = new LinkedHashSet<>();

        void apply(NarrativeEntry n) {
            switch (n.eventType()) {
                case "NarrativeDrafted", "NarrativeRevised" -> {
                    text = n.text();
                    revision = n.revision();
                    revisedAt = n.at();
                    if (status == null) status = "DRAFT";
                }
                case "NarrativeStatusChanged" -> status = n.status();
                case "EvidenceAttached" -> evidence.add(n.evidenceId());
                case "EvidenceDetached" -> evidence.remove(n.evidenceId());
                default -> {
                }
            }
        }
    }
}
