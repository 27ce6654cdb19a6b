package org.bestvalue.assessment;

import io.quarkus.test.Mock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.people.PeopleSource;
import org.bestvalue.eventkit.people.Person;

import java.util.List;

/** The realm as these tests know it, instead of Keycloak's admin API. */
@Mock
@ApplicationScoped
public class TestPeople implements PeopleSource {
    public static final List<Person> EVERYONE = List.of(
            Person.known("head-of-finance", "Farah Khan", "Head of Finance"),
            Person.known("rev-ci", "Chris Ndlovu", "Head of Customer Services"),
            Person.known("officer-1", "Dana Okafor", "Corporate Performance Manager"));

    @Override
    public Uni<List<Person>> everyone() {
        return Uni.createFrom().item(EVERYONE);
    }
}
