package org.bestvalue.eventkit.people;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Where the directory learns who is who: every user of the realm with their name and job title. */
public interface PeopleSource {
    Uni<List<Person>> everyone();
}
