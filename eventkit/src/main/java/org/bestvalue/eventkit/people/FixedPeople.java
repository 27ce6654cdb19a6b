package org.bestvalue.eventkit.people;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** A directory source with a fixed list of people: the services' tests name their users with it instead of Keycloak. */
public abstract class FixedPeople implements PeopleSource {
    private final List<Person> people;

    protected FixedPeople(Person... people) {
        this.people = List.of(people);
    }

    @Override
    public Uni<List<Person>> everyone() {
        return Uni.createFrom().item(people);
    }
}
