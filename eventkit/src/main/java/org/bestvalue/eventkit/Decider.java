package org.bestvalue.eventkit;

import java.util.List;

/**
 * The pure core of an aggregate: how events change its state, and which events a command produces.
 * No I/O, no clock, no randomness: whatever a decision needs (time, ids) comes in the command.
 *
 * @param <C> the aggregate's sealed command type
 * @param <E> the aggregate's sealed event type
 * @param <S> the aggregate's state
 */
public interface Decider<C, E, S> {

    S initialState();

    S evolve(S state, E event);

    /** Returns the events the command produces, or throws a {@link RuleViolation}. */
    List<E> decide(C command, S state);

    default S fold(Iterable<? extends E> events) {
        S state = initialState();
        for (E event : events) state = evolve(state, event);
        return state;
    }
}
