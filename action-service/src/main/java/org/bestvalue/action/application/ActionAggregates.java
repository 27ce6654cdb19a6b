package org.bestvalue.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
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
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.store.AggregateStore;
import org.bestvalue.eventkit.store.EventStore;

/** The service's two aggregates on the event store: opportunities and their actions. */
@ApplicationScoped
public class ActionPlanStores {
    public static final String OPPORTUNITY = "opportunity";
    public static final String ACTION = "action";

    @Inject
    EventStore eventStore;
    @Inject
    ObjectMapper mapper;

    private final OpportunityDecider opportunityDecider = new OpportunityDecider();
    private final ActionDecider actionDecider = new ActionDecider();
    private EventCodec<OpportunityEvent> opportunityCodec;
    private EventCodec<ActionEvent> actionCodec;
    private AggregateStore<OpportunityCommand, OpportunityEvent, Opportunity> opportunities;
    private AggregateStore<ActionCommand, ActionEvent, Action> actions;

    @PostConstruct
    void init() {
        opportunityCodec = new EventCodec<>(OpportunityEvent.class, mapper);
        actionCodec = new EventCodec<>(ActionEvent.class, mapper);
        opportunities = new AggregateStore<>(eventStore, opportunityDecider, opportunityCodec, OPPORTUNITY);
        actions = new AggregateStore<>(eventStore, actionDecider, actionCodec, ACTION);
    }

    public AggregateStore<OpportunityCommand, OpportunityEvent, Opportunity> opportunities() {
        return opportunities;
    }

    public AggregateStore<ActionCommand, ActionEvent, Action> actions() {
        return actions;
    }

    public OpportunityDecider opportunityDecider() {
        return opportunityDecider;
    }

    public ActionDecider actionDecider() {
        return actionDecider;
    }

    public EventCodec<OpportunityEvent> opportunityCodec() {
        return opportunityCodec;
    }

    public EventCodec<ActionEvent> actionCodec() {
        return actionCodec;
    }

    public EventStore eventStore() {
        return eventStore;
    }
}
