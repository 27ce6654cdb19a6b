package org.bestvalue.reporting.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.reporting.actionplan.ActionPlans;
import org.bestvalue.reporting.heatmap.HeatMaps;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;
import org.bestvalue.reporting.positionstatement.PositionStatements;
import org.bestvalue.reporting.progressreport.ProgressReport;
import org.bestvalue.reporting.progressreport.ProgressReports;
import org.bestvalue.reporting.projection.ActiveReadModel;
import org.bestvalue.reporting.projection.ReadModelQueries;
import org.bestvalue.reporting.themepack.ThemePack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Assembles the documents the council takes to committee and to the peer challenge: the position statement book, a
 * theme's pack and the progress report on the action plan. Every method is scoped to one council.
 */
@ApplicationScoped
public class CommitteeDocuments {
    @Inject
    ActiveReadModel readModel;
    @Inject
    Reports reports;
    @Inject
    PeopleDirectory people;
    @Inject
    Clock clock;

    /** The cycle's position statements as they stood at {@code asOf} (null: now). */
    public Uni<PositionStatementBook> book(String councilId, String cycleId, Instant asOf) {
        return readModel.read(q -> book(q, councilId, cycleId, asOf));
    }

    Uni<PositionStatementBook> book(ReadModelQueries q, String councilId, String cycleId, Instant asOf) {
        return q.cycle(councilId, cycleId).chain(c -> q.framework(c.frameworkVersionId())
                .chain(f -> q.scoreHistory(councilId, cycleId).chain(scores -> q.narrativeHistory(councilId, cycleId)
                        .chain(narratives -> q.evidenceHistory(councilId)
                                .map(evidence -> PositionStatements.book(c, f, scores, narratives, evidence, asOf))))));
    }

    /** One theme's pack for the peer challenge: 404 for a theme the cycle's framework does not have. */
    public Uni<ThemePack> themePack(String councilId, String cycleId, String themeCode, Instant asOf) {
        return readModel.read(q -> book(q, councilId, cycleId, asOf).chain(book -> reports.actionPlan(q, councilId, cycleId)
                .map(plan -> ThemePack.of(book, themeCode, plan))));
    }

    /**
     * The progress report as of the day {@code asOf} (null: today) since the day {@code since} (null: the quarter end
     * before {@code asOf}); 400 naming {@code since} when it is not before {@code asOf}.
     */
    public Uni<ProgressReport> progressReport(String councilId, String cycleId, LocalDate asOf, LocalDate since) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(Reports.LOCAL));
        LocalDate previous = since != null ? since : ProgressReports.previousQuarterEnd(day);
        if (!previous.isBefore(day)) {
            return Uni.createFrom().failure(new RuleViolation(400, "invalid-since", "since",
                    "since (" + previous + ") must be a date before asOf (" + day + ")"));
        }
        return readModel.read(q -> q.cycle(councilId, cycleId).chain(c -> q.framework(c.frameworkVersionId())
                .chain(f -> q.scoreHistory(councilId, cycleId).chain(scores -> q.actionHistory(councilId, cycleId)
                        .chain(h -> people.lookup(ActionPlans.officerIds(h)).map(who -> ProgressReports.of(c, f, h,
                                HeatMaps.at(c, f, scores, ProgressReports.endOf(day)), day, previous,
                                id -> who.getOrDefault(id, Person.unresolved(id)))))))));
    }
}
