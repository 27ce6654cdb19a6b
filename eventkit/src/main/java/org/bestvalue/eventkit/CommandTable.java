package org.bestvalue.eventkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The part every aggregate's decider has in common: its state before the first event, and one handler per
 * command type, tried in the order they are named (Java 17 has no pattern switch; the sealed command
 * interface still bounds the list). A subclass names both in its constructor and keeps its rules and
 * {@code evolve}; a guard that covers several commands goes in an override of {@code decide} before
 * {@code super.decide}.
 */
public abstract class CommandTable<C, E, S> implements Decider<C, E, S> {
    private final S initial;
    private final List<Handler<? extends C>> handlers = new ArrayList<>();

    protected CommandTable(S initial) {
        this.initial = initial;
    }

    /** Commands of this type are decided by the handler. */
    protected final <T extends C> void on(Class<T> type, BiFunction<? super T, S, List<E>> handler) {
        handlers.add(new Handler<>(type, handler));
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

    private record Handler<T>(Class<T> type, BiFunction<? super T, ?, ?> handler) {
        @SuppressWarnings("unchecked")
        <S, E> List<E> apply(Object command, S state) {
            return ((BiFunction<? super T, S, List<E>>) handler).apply(type.cast(command), state);
        }
    }
}
