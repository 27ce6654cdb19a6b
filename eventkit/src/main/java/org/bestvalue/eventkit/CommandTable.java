package org.bestvalue.eventkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The part every aggregate's decider has in common: its state before the first event, one handler per
 * command type and one change of state per event type, each tried in the order they are named (Java 17 has
 * no pattern switch; the sealed command and event interfaces still bound the lists). A subclass names them
 * all in its constructor ({@code on} a command, {@code when} an event) and keeps its rules; a guard that
 * covers several commands goes in an override of {@code decide} before {@code super.decide}. An event type
 * nobody named is a bug, not a state to keep: {@code evolve} refuses it.
 */
public abstract class CommandTable<C, E, S> implements Decider<C, E, S> {
    private final S initial;
    private final List<Handler<? extends C>> handlers = new ArrayList<>();
    private final List<Change<? extends E>> changes = new ArrayList<>();

    protected CommandTable(S initial) {
        this.initial = initial;
    }

    /** Commands of this type are decided by the handler. */
    protected final <T extends C> void on(Class<T> type, BiFunction<? super T, S, List<E>> handler) {
        handlers.add(new Handler<>(type, handler));
    }

    /** Events of this type change the state so. */
    protected final <T extends E> void when(Class<T> type, BiFunction<S, ? super T, S> change) {
        changes.add(new Change<>(type, change));
    }

    @Override
    public final S evolve(S state, E event) {
        for (Change<? extends E> c : changes) {
            if (c.type().isInstance(event)) return c.apply(state, event);
        }
        throw new IllegalArgumentException("Unknown event " + event);
    }

    @Override
    public final S initialState() {
        return initial;
    }

    @Override
    public List<E> decide(C command, S state) {
        for (Handler<? extends C> h : handlers) {
            if (h.type().isInstance(command)) return h.apply(command, state);
        }
        throw new IllegalArgumentException("Unknown command " + command);
    }

    private record Change<T>(Class<T> type, BiFunction<?, ? super T, ?> change) {
        @SuppressWarnings("unchecked")
        <S> S apply(S state, Object event) {
            return ((BiFunction<S, ? super T, S>) change).apply(state, type.cast(event));
        }
    }

    private record Handler<T>(Class<T> type, BiFunction<? super T, ?, ?> handler) {
        @SuppressWarnings("unchecked")
        <S, E> List<E> apply(Object command, S state) {
            return ((BiFunction<? super T, S, List<E>>) handler).apply(type.cast(command), state);
        }
    }
}
