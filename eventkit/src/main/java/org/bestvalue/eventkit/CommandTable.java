package org.bestvalue.eventkit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The part every aggregate's decider has in common: its state before the first event, one handler per
 * command type and one change of state per event type.
 *
 * <p>A handler is a method of the decider that takes one command type and the state and returns the new
 * events: {@code List<XxxEvent> plan(PlanAction c, Action state)}. Its parameter type is what routes a command
 * to it, as a pattern {@code switch} over the sealed command type would (Java 17 has none). The table is
 * built when the decider is made, and it refuses a decider that leaves a command of the sealed type without
 * a handler or names one twice, so a new command cannot be forgotten: the decider's first test fails.
 *
 * <p>The constructor names the changes of state ({@code when} an event; an event type nobody named is a bug,
 * not a state to keep: {@code evolve} refuses it) and, where the aggregate has one, the command that starts its
 * stream ({@code startedBy}). A guard that covers several commands goes in an override of {@code decide} before
 * {@code super.decide}.
 */
public abstract class CommandTable<C, E, S> implements Decider<C, E, S> {
    private static final MethodType HANDLER = MethodType.methodType(List.class, Object.class, Object.class);

    private final S initial;
    private final Map<Class<?>, MethodHandle> handlers;
    private final List<Change<? extends E>> changes = new ArrayList<>();
    private List<Class<? extends C>> starters = List.of();
    private Supplier<? extends RuntimeException> notStarted;

    protected CommandTable(Class<C> commandType, S initial) {
        this.initial = initial;
        this.handlers = handlers(commandType);
    }

    /**
     * The aggregate's stream starts with one of these commands: any other command, while the state is still the
     * initial one, is refused with {@code notStarted} (typically a 404 naming the id). Whether a starting command
     * may come again is the starting handler's own rule.
     */
    @SafeVarargs
    protected final void startedBy(Supplier<? extends RuntimeException> notStarted, Class<? extends C>... starters) {
        this.notStarted = notStarted;
        this.starters = List.of(starters);
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
    @SuppressWarnings("unchecked")
    public List<E> decide(C command, S state) {
        if (notStarted != null && initial.equals(state) && starters.stream().noneMatch(t -> t.isInstance(command))) {
            throw notStarted.get();
        }
        MethodHandle handler = handlers.get(command.getClass());
        if (handler == null) throw new IllegalArgumentException("Unknown command " + command);
        try {
            return (List<E>) handler.invokeExact((Object) command, (Object) state);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decider's methods of shape {@code List<…> name(OneCommand, State)}, by the command record each decides. */
    private Map<Class<?>, MethodHandle> handlers(Class<C> commandType) {
        Map<Class<?>, Method> methods = new LinkedHashMap<>();
        for (Class<?> type = getClass(); type != CommandTable.class; type = type.getSuperclass()) {
            for (Method m : type.getDeclaredMethods()) {
                if (!isHandler(m, commandType)) continue;
                Method other = methods.put(m.getParameterTypes()[0], m);
                if (other != null) throw new IllegalStateException(name() + " has two handlers of "
                        + m.getParameterTypes()[0].getSimpleName() + ": " + other.getName() + " and " + m.getName());
            }
        }
        Map<Class<?>, MethodHandle> byCommand = new LinkedHashMap<>();
        for (Class<?> command : concreteCases(commandType)) {
            List<Method> fits = methods.values().stream().filter(m -> m.getParameterTypes()[0].isAssignableFrom(command)).toList();
            if (fits.size() != 1) throw new IllegalStateException(name() + (fits.isEmpty() ? " has no handler of " : " has several handlers of ")
                    + command.getSimpleName() + ": it needs one method List<…> name(" + command.getSimpleName() + " command, state)");
            byCommand.put(command, handle(fits.get(0)));
        }
        return Map.copyOf(byCommand);
    }

    private String name() {
        return getClass().getSimpleName();
    }

    private boolean isHandler(Method m, Class<?> commandType) {
        Class<?>[] parameters = m.getParameterTypes();
        return !m.isSynthetic() && !m.isBridge() && parameters.length == 2 && m.getReturnType() == List.class
                && commandType.isAssignableFrom(parameters[0]) && parameters[0] != commandType
                && parameters[1].isInstance(initial);
    }

    private MethodHandle handle(Method m) {
        try {
            MethodHandle h = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup()).unreflect(m);
            if (!Modifier.isStatic(m.getModifiers())) h = h.bindTo(this);
            return h.asType(HANDLER);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records a sealed command type permits, through sealed sub-interfaces. */
    private static List<Class<?>> concreteCases(Class<?> type) {
        if (!type.isSealed()) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not sealed: a decider's command type names all its cases");
            }
            return List.of(type);
        }
        List<Class<?>> cases = new ArrayList<>();
        for (Class<?> permitted : type.getPermittedSubclasses()) cases.addAll(concreteCases(permitted));
        return cases;
    }

    private record Change<T>(Class<T> type, BiFunction<?, ? super T, ?> change) {
        @SuppressWarnings("unchecked")
        <S> S apply(S state, Object event) {
            return ((BiFunction<S, ? super T, S>) change).apply(state, type.cast(event));
        }
    }
}
