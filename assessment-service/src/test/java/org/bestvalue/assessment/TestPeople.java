package org.bestvalue.assessment;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.people.FixedPeople;
import org.bestvalue.eventkit.people.Person;

/** The realm as these tests know it, instead of Keycloak's admin API; an id not listed is a former user. */
@Mock
@ApplicationScoped
public class TestPeople extends FixedPeople {
    public TestPeople() {
        super(Person.known("head-of-finance", "Farah Khan", "Head of Finance"));
    }
}
