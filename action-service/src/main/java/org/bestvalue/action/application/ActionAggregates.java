package org.bestvalue.action.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.actionplan.Action;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.actionplan.ActionDecider;
import org.bestvalue.action.actionplan.ActionEvent;
import org.bestvalue.action.opportunity.Opportunity;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.action.opportunity.OpportunityDecider;
import org.bestvalue.action.opportunity.OpportunityEvent;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.DerivedIds;
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.store.AggregateStore;
import org.bestvalue.eventkit.store.AggregateStore.Handled;
import org.bestvalue.eventkit.store.EventStore;

/**
 * The service's two aggregates on the event store (opportunities and their actions), and the one way
 * a command reaches them: load → decide → append with the inline projection in the same transaction.
 */
@ApplicationScoped
public class ActionAggregates {
    public static final String OPPORTUNITY = "opportunity";
    public static final String ACTION = "action";

    private final EventStore eventStore;
    private final ActionPlanProjection projection;
    private final AggregateStore<OpportunityCommand, OpportunityEvent, Opportunity> opportunities;
    private final AggregateStore<ActionCommand, ActionEvent, Action> actions;

    @Inject
    public ActionAggregates(EventStore eventStore, ObjectMapper mapper, ActionPlanProjection projection) {
        this.eventStore = eventStore;
        this.projection = projection;
        opportunities = new AggregateStore<>(eventStore, new OpportunityDecider(),
                new EventCodec<>(OpportunityEvent.class, mapper), OPPORTUNITY);
        actions = new AggregateStore<>(eventStore, new ActionDecider(), new EventCodec<>(ActionEvent.class, mapper), ACTION);
    }

    /**
     * An opportunity's id is derived from its council, cycle and characteristic: there is one per
     * characteristic and cycle, so a planner's raise and an automatic proposal land on the same stream and a
     * second one finds the first.
     */
    public static String opportunityId(String councilId, String cycleId, String characteristicCode) {
        return DerivedIds.uuid(OPPORTUNITY, councilId, cycleId, characteristicCode).toString();
    }

    /** A new action's id: random, or derived from the idempotency key so a retried plan names the same stream. */
    public static String newActionId(CommandContext ctx, String opportunityId) {
        return ctx.idempotencyKey() == null ? java.util.UUID.randomUUID().toString()
                : DerivedIds.uuid(ACTION, ctx.councilId(), opportunityId, ctx.idempotencyKey()).toString();
    }

    /** A command on an opportunity that must exist in the caller's council (404 otherwise). */
    public Uni<Handled<Opportunity, OpportunityEvent>> onOpportunity(CommandContext ctx, String id, long expectedVersion,
                                                                    OpportunityCommand command) {
        return opportunities.handleExisting(ctx, id, expectedVersion, command, projection.inline());
    }

    /** Raises an opportunity; its id is derived, so an existing one answers the decider's opportunity-exists. */
    public Uni<Handled<Opportunity, OpportunityEvent>> raise(CommandContext ctx, String id, OpportunityCommand command) {
        return opportunities.handle(ctx, id, EventStore.ANY_VERSION, command, projection.inline());
    }

    /** A command on an action that must exist in the caller's council (404 otherwise). */
    public Uni<Handled<Action, ActionEvent>> onAction(CommandContext ctx, String id, long expectedVersion, ActionCommand command) {
        return actions.handleExisting(ctx, id, expectedVersion, command, projection.inline());
    }

    /** Plans a new action stream. */
    public Uni<Handled<Action, ActionEvent>> plan(CommandContext ctx, String id, ActionCommand.PlanAction command) {
        return actions.handle(ctx, id, EventStore.NO_STREAM, command, projection.inline());
    }

    public AggregateStore<OpportunityCommand, OpportunityEvent, Opportunity> opportunities() {
        return opportunities;
    }

    public AggregateStore<ActionCommand, ActionEvent, Action> actions() {
        return actions;
    }

    public EventStore eventStore() {
        return eventStore;
    }
}
