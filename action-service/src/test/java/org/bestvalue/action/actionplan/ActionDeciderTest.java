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
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Given past events, when a command, then new events or a broken rule. */
class ActionDeciderTest {
    private static final String A = "act-1", O = "opp-1", CY = "cycle-2024", CH = "CI011";
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static final Actor OFFICER = new Actor("officer-1", false);
    private static final Actor OTHER_OFFICER = new Actor("officer-9", false);
    private static final Actor PLANNER = new Actor("planner-1", true);

    private static final ActionPlanned PLANNED = new ActionPlanned(A, O, CY, CH, "Adopt a benchmarking set",
            List.of("officer-1", "officer-2"), "Corporate Policy", "2024-Q3");
    private static final ActionScheduled SCHEDULED = new ActionScheduled(A, O, CY, CH, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));
    private static final ActionStarted STARTED = new ActionStarted(A, O, CY, CH, LocalDate.of(2024, 7, 8));
    private static final ActionCompleted COMPLETED = new ActionCompleted(A, O, CY, CH, LocalDate.of(2024, 10, 1), "Done");
    private static final ActionCancelled CANCELLED = new ActionCancelled(A, O, CY, CH, "Superseded");

    private final ActionDecider decider = new ActionDecider();

    private List<ActionEvent> given(ActionCommand when, ActionEvent... past) {
        return decider.decide(when, decider.fold(Arrays.asList(past)));
    }

    private RuleViolation rejected(ActionCommand when, ActionEvent... past) {
        return assertThrows(RuleViolation.class, () -> given(when, past));
    }

    private static PlanAction plan(List<String> officers, String timeline, LocalDate start, LocalDate end) {
        return new PlanAction(A, O, CY, CH, "Adopt a benchmarking set", officers, "Corporate Policy", timeline, start, end);
    }

    // --- planning

    @Test
    void planningAnActionRecordsItsOfficersServiceAreaAndTimeline() {
        assertEquals(List.of(PLANNED), given(plan(List.of("officer-1", "officer-2", "officer-1"), "2024-Q3", null, null)));
    }

    @Test
    void planningWithDatesAlsoSchedulesIt() {
        assertEquals(List.of(PLANNED, SCHEDULED), given(plan(List.of("officer-1", "officer-2"), "2024-Q3",
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30))));
    }

    @Test
    void anIndicativeTimelineIsAMonthOrAQuarter() {
        assertEquals(1, given(plan(List.of("o"), "2024-09", null, null)).size());
        RuleViolation v = rejected(plan(List.of("o"), "autumn", null, null));
        assertEquals("indicativeTimeline", v.field());
        assertEquals(422, v.status());
    }

    @Test
    void anActionNeedsAResponsibleOfficer() {
        assertEquals("officers", rejected(plan(List.of(), "2024-Q3", null, null)).field());
    }

    @Test
    void anActionIsPlannedOnce() {
        assertEquals(409, rejected(plan(List.of("o"), "2024-Q3", null, null), PLANNED).status());
    }

    @Test
    void plannedEndBeforeStartIsRefused() {
        RuleViolation v = rejected(plan(List.of("o"), "2024-Q3", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 31)));
        assertEquals("end-before-start", v.code());
        assertEquals("end", v.field());
    }

    // --- schedule

    @Test
    void endNotBeforeStart() {
        RuleViolation v = rejected(new Schedule(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 31), PLANNER), PLANNED);
        assertEquals("end-before-start", v.code());
        assertEquals("end", v.field());
        assertEquals(422, v.status());
    }

    @Test
    void endOnTheStartDayIsAllowed() {
        LocalDate d = LocalDate.of(2024, 9, 1);
        assertEquals(List.of(new ActionScheduled(A, O, CY, CH, d, d)), given(new Schedule(d, d, OFFICER), PLANNED));
    }

    @Test
    void reschedulingToTheSameDatesChangesNothing() {
        assertTrue(given(new Schedule(SCHEDULED.start(), SCHEDULED.end(), PLANNER), PLANNED, SCHEDULED).isEmpty());
    }

    @Test
    void onlyOfficersAndPlannersSchedule() {
        assertEquals(403, rejected(new Schedule(SCHEDULED.start(), SCHEDULED.end(), OTHER_OFFICER), PLANNED).status());
    }

    // --- start

    @Test
    void anOfficerStartsTheAction() {
        assertEquals(List.of(STARTED), given(new Start(STARTED.on(), TODAY, OFFICER), PLANNED));
    }

    @Test
    void startingAnActionInProgressIsAConflict() {
        assertEquals(409, rejected(new Start(TODAY, TODAY, OFFICER), PLANNED, STARTED).status());
    }

    @Test
    void startingResumesADeferredAction() {
        Action a = decider.fold(List.of(PLANNED, new ActionDeferred(A, O, CY, CH, "wait", null),
                new ActionStarted(A, O, CY, CH, TODAY)));
        assertEquals(ActionStatus.IN_PROGRESS, a.status());
        assertEquals(null, a.deferralReason());
    }

    @Test
    void anActionCannotStartInTheFuture() {
        assertEquals("on", rejected(new Start(TODAY.plusDays(1), TODAY, OFFICER), PLANNED).field());
    }

    // --- progress

    @Test
    void anOfficerReportsProgressWithPercentRagAndNarrative() {
        assertEquals(List.of(new ProgressReported(A, O, CY, CH, TODAY, 40, Rag.AMBER, "Two plans updated", "officer-1")),
                given(new ReportProgress(TODAY, 40, Rag.AMBER, " Two plans updated ", TODAY, OFFICER), PLANNED, STARTED));
    }

    @Test
    void anOfficerMayMarkANoteForThePublicPageButNotAnAbsentOne() {
        assertEquals(List.of(new ProgressReported(A, O, CY, CH, TODAY, 40, Rag.AMBER, "Benchmarks agreed", "officer-1", true)),
                given(new ReportProgress(TODAY, 40, Rag.AMBER, "Benchmarks agreed", TODAY, OFFICER, true), PLANNED, STARTED));
        assertEquals(false, ((ProgressReported) given(new ReportProgress(TODAY, 50, null, null, TODAY, OFFICER, true), PLANNED,
                STARTED).get(0)).notePublic());
    }

    @Test
    void onlyAnOfficerOfTheActionOrAPlannerMayDeferIt() {
        RuleViolation v = rejected(new Defer("Not mine", null, TODAY, new Actor("someone-else", false)), PLANNED);
        assertEquals(403, v.status());
        assertEquals(1, given(new Defer("Awaiting the corporate plan", null, TODAY, PLANNER), PLANNED).size());
    }

    @Test
    void aPlannerWhoIsNotAnOfficerMayReportProgress() {
        assertEquals("planner-1", ((ProgressReported) given(new ReportProgress(TODAY, 10, null, null, TODAY, PLANNER), PLANNED).get(0)).authorId());
    }

    @Test
    void someoneWhoIsNeitherOfficerNorPlannerCannotReportProgress() {
        RuleViolation v = rejected(new ReportProgress(TODAY, 40, Rag.GREEN, "x", TODAY, OTHER_OFFICER), PLANNED);
        assertEquals(403, v.status());
        assertEquals("not-an-officer-of-the-action", v.code());
    }

    @Test
    void progressNeedsAPercentOrANarrative() {
        assertEquals("progress-needs-percent-or-note", rejected(new ReportProgress(TODAY, null, Rag.GREEN, " ", TODAY, OFFICER), PLANNED).code());
        assertEquals(1, given(new ReportProgress(TODAY, null, null, "Narrative only", TODAY, OFFICER), PLANNED).size());
        assertEquals(1, given(new ReportProgress(TODAY, 25, null, null, TODAY, OFFICER), PLANNED).size());
    }

    @Test
    void percentIsBetweenZeroAndAHundred() {
        assertEquals("percent", rejected(new ReportProgress(TODAY, 101, null, null, TODAY, OFFICER), PLANNED).field());
        assertEquals("percent", rejected(new ReportProgress(TODAY, -1, null, null, TODAY, OFFICER), PLANNED).field());
    }

    @Test
    void progressCannotBeReportedForAFutureDate() {
        assertEquals("date-in-future", rejected(new ReportProgress(TODAY.plusDays(1), 5, null, null, TODAY, OFFICER), PLANNED).code());
    }

    @Test
    void aDoneActionTakesNoMoreProgress() {
        assertEquals(409, rejected(new ReportProgress(TODAY, 100, null, null, TODAY, OFFICER), PLANNED, STARTED, COMPLETED).status());
    }

    @Test
    void theLatestProgressIsTheLastReported() {
        Action a = decider.fold(List.of(PLANNED, new ProgressReported(A, O, CY, CH, TODAY.minusDays(30), 10, Rag.RED, "a", "officer-1"),
                new ProgressReported(A, O, CY, CH, TODAY, 50, Rag.GREEN, "b", "officer-2")));
        assertEquals(50, a.latestProgress().percent());
        assertEquals(2, a.progress().size());
    }

    // --- completion

    @Test
    void doneNeedsACompletionNote() {
        RuleViolation v = rejected(new Complete(TODAY, "  ", TODAY, OFFICER), PLANNED, STARTED);
        assertEquals("completionNote", v.field());
        assertEquals("completion-note-required", v.code());
        assertEquals(422, v.status());
    }

    @Test
    void anOfficerCompletesTheActionWithANote() {
        assertEquals(List.of(new ActionCompleted(A, O, CY, CH, TODAY, "All plans carry benchmarks")),
                given(new Complete(TODAY, "All plans carry benchmarks", TODAY, OFFICER), PLANNED, STARTED));
    }

    @Test
    void onlyOfficersAndPlannersComplete() {
        assertEquals(403, rejected(new Complete(TODAY, "note", TODAY, OTHER_OFFICER), PLANNED, STARTED).status());
    }

    @Test
    void aCancelledActionCannotBeCompleted() {
        RuleViolation v = rejected(new Complete(TODAY, "note", TODAY, PLANNER), PLANNED, CANCELLED);
        assertEquals(409, v.status());
        assertEquals("action-closed", v.code());
    }

    // --- deferral and cancellation

    @Test
    void deferralNeedsAReason() {
        RuleViolation v = rejected(new Defer(null, null, TODAY, OFFICER), PLANNED);
        assertEquals("reason", v.field());
        assertEquals(422, v.status());
    }

    @Test
    void deferralWithAReasonAndADateAfterToday() {
        assertEquals(List.of(new ActionDeferred(A, O, CY, CH, "New corporate plan", TODAY.plusMonths(3))),
                given(new Defer("New corporate plan", TODAY.plusMonths(3), TODAY, OFFICER), PLANNED));
        assertEquals("until", rejected(new Defer("r", TODAY, TODAY, OFFICER), PLANNED).field());
    }

    @Test
    void cancellationNeedsAReason() {
        RuleViolation v = rejected(new Cancel(""), PLANNED);
        assertEquals("reason", v.field());
        assertEquals(422, v.status());
        assertEquals(List.of(CANCELLED), given(new Cancel("Superseded"), PLANNED));
    }

    @Test
    void aDoneActionCannotBeCancelledOrDeferred() {
        assertEquals(409, rejected(new Cancel("x"), PLANNED, COMPLETED).status());
        assertEquals(409, rejected(new Defer("x", null, TODAY, OFFICER), PLANNED, COMPLETED).status());
    }

    // --- external reference

    @Test
    void linkingTheSameReferenceTwiceChangesNothingAndANewOneReplacesIt() {
        ExternalReferenceLinked linked = new ExternalReferenceLinked(A, O, CY, CH, "business-planning-tool", "IYA-1");
        assertEquals(List.of(linked), given(new LinkExternalReference("business-planning-tool", "IYA-1"), PLANNED));
        assertTrue(given(new LinkExternalReference("business-planning-tool", "IYA-1"), PLANNED, linked).isEmpty());
        Action a = decider.fold(List.of(PLANNED, linked, new ExternalReferenceLinked(A, O, CY, CH, "business-planning-tool", "IYA-2")));
        assertEquals(List.of(new ExternalReference("business-planning-tool", "IYA-2")), a.externalReferences());
    }

    @Test
    void linkingNeedsSystemAndReference() {
        assertEquals("system", rejected(new LinkExternalReference(" ", "x"), PLANNED).field());
        assertEquals("reference", rejected(new LinkExternalReference("bpt", null), PLANNED).field());
    }

    // --- overdue

    @Test
    void overdueWhenTheEndDateHasPassedAndTheActionIsNotDone() {
        Action inProgress = decider.fold(List.of(PLANNED, SCHEDULED, STARTED));
        assertTrue(inProgress.isOverdueOn(SCHEDULED.end().plusDays(1)));
        assertFalse(inProgress.isOverdueOn(SCHEDULED.end()), "the end day itself is not past");
        assertFalse(decider.fold(List.of(PLANNED, SCHEDULED, STARTED, COMPLETED)).isOverdueOn(TODAY));
        assertFalse(decider.fold(List.of(PLANNED, SCHEDULED, CANCELLED)).isOverdueOn(TODAY));
        assertFalse(decider.fold(List.of(PLANNED)).isOverdueOn(TODAY), "no end date, nothing to be late for");
        assertTrue(decider.fold(List.of(PLANNED, SCHEDULED, new ActionDeferred(A, O, CY, CH, "r", null))).isOverdueOn(TODAY));
    }

    // --- existence

    @Test
    void anActionThatWasNeverPlannedIsNotFound() {
        assertThrows(NotFound.class, () -> given(new Cancel("x")));
    }
}
