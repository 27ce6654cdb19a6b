package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bestvalue.eventkit.http.SortFields;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Formula;

import java.time.Instant;
import java.time.LocalDate;

/** One action of the action plan as {@code action_view} holds it (read side; ActionPlanProjection writes it). */
@Entity
@Immutable
@Table(name = "action_view")
public class ActionPlanRow extends PanacheEntityBase {
    /** What {@code GET /me/actions} sorts by; {@code actionId} is unique. */
    public static final SortFields SORTS = SortFields.of("end", "endDate", "start", "startDate",
            "indicativeTimeline", "indicativeTimeline", "status", "status", "plannedAt", "plannedAt", "actionId", "actionId")
            .byDefault("end,indicativeTimeline,plannedAt,actionId");
    /** Soonest end first (no end date last), then the indicative timeline, then as planned. */
    /** The officer named {@code :officer} is one of the action's (HQL array_position is 0 when absent; array_contains would compare text[] with varchar[]). */
    public static final String HAS_OFFICER = "array_position(officers, :officer) > 0";
    /** Open and past its end date, as of {@code :today}. */
    public static final String OVERDUE = "(endDate < :today and status not in ('DONE', 'CANCELLED'))";

    @Id
    public String actionId;
    public String councilId;
    public String opportunityId;
    public String cycleId;
    public String characteristicCode;
    public String description;
    public String[] officers;
    public String serviceArea;
    public String indicativeTimeline;
    public LocalDate startDate;
    public LocalDate endDate;
    public String status;
    public String statusReason;
    public LocalDate deferredUntil;
    public LocalDate completedOn;
    public String completionNote;
    public LocalDate progressOn;
    public Integer progressPercent;
    public String progressRag;
    public String progressNote;
    public String progressAuthor;
    /**
     * The jsonb array as text: Hibernate Reactive reads a jsonb column as a JSON object and fails on an array,
     * so this attribute is the column cast to text (read-only, like the whole entity).
     */
    @Formula("CAST(external_references AS text)")
    public String externalReferences;
    public Instant plannedAt;
    public long version;

    public boolean isOverdueOn(LocalDate today) {
        return endDate != null && endDate.isBefore(today) && !"DONE".equals(status) && !"CANCELLED".equals(status);
    }
}
