package org.bestvalue.eventkit.people;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names and job titles for the user ids the read side shows, from the {@link PeopleSource} (Keycloak), cached.
 * The cache is refreshed when it is older than {@code bv.people.refresh} (default 5 minutes), and sooner — at most
 * every {@code bv.people.retry} (30 s) — when an id is asked for that it does not know yet (a new user). An id the
 * refreshed directory does not hold is a {@linkplain Person#former former user}. When the source cannot be reached,
 * what was known stays; ids never seen are {@linkplain Person#unresolved unresolved} (shown as the id), never "former".
 */
@ApplicationScoped
public class PeopleDirectory {
    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);

    private final PeopleSource source;
    private final Clock clock;
    private final Duration refresh;
    private final Duration retry;
    private volatile Map<String, Person> known = Map.of();
    private volatile Instant loadedAt;
    private volatile Instant triedAt;

    @Inject
    public PeopleDirectory(PeopleSource source, Clock clock,
                           @ConfigProperty(name = "bv.people.refresh", defaultValue = "PT5M") Duration refresh,
                           @ConfigProperty(name = "bv.people.retry", defaultValue = "PT30S") Duration retry) {
        this.source = source;
        this.clock = clock;
        this.refresh = refresh;
        this.retry = retry;
    }

    /** The people behind the ids, in the order given (null and blank ids are left out). */
    public Uni<Map<String, Person>> lookup(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) return Uni.createFrom().item(Map.of());
        boolean unknownAsked = ids.stream().anyMatch(id -> id != null && !id.isBlank() && !known.containsKey(id));
        Instant now = clock.instant();
        boolean stale = loadedAt == null || loadedAt.plus(refresh).isBefore(now);
        boolean mayRetry = triedAt == null || triedAt.plus(retry).isBefore(now);
        Uni<Void> ready = (stale || unknownAsked) && mayRetry ? load(now) : Uni.createFrom().voidItem();
        return ready.map(ignored -> {
            Map<String, Person> out = new LinkedHashMap<>();
            for (String id : ids) {
                if (id == null || id.isBlank()) continue;
                Person p = known.get(id);
                out.put(id, p != null ? p : loadedAt == null ? Person.unresolved(id) : Person.former(id));
            }
            return out;
        });
    }

    /** One person; see {@link #lookup}. */
    public Uni<Person> person(String id) {
        return lookup(java.util.List.of(id)).map(m -> m.getOrDefault(id, Person.unresolved(id)));
    }

    private Uni<Void> load(Instant now) {
        triedAt = now;
        return source.everyone()
                .map(people -> {
                    Map<String, Person> next = new LinkedHashMap<>();
                    for (Person p : people) next.put(p.id(), p);
                    known = Map.copyOf(next);
                    loadedAt = now;
                    return (Void) null;
                })
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("The people directory could not be refreshed (%s); names known so far are kept", e.toString());
                    return null;
                });
    }
}
