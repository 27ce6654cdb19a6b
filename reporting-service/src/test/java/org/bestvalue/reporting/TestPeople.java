package org.bestvalue.reporting;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.people.FixedPeople;
import org.bestvalue.eventkit.people.Person;

/**
 * The realm as the tests' council histories know it (instead of Keycloak's admin API): officer-8 has left, so the
 * directory shows them as a former user.
 */
@Mock
@ApplicationScoped
public class TestPeople extends FixedPeople {
    public static final Person DANA = Person.known("officer-7", "Dana Okafor", "Corporate Performance Manager");
    public static final Person LEE = Person.known("officer-9", "Lee Marsh", "HR Business Partner");
    public static final Person PRIYA = Person.known("planner-1", "Priya Hartley", "Head of Business Planning, Projects and Performance");
    public static final Person SAM = Person.known(CouncilHistory.ASSESSOR, "Sam Whitfield", "Bid and Grants Officer");
    public static final Person ALEX = Person.known("leader-1", "Alex Morgan", "Assistant Chief Executive");

    public TestPeople() {
        super(DANA, LEE, PRIYA, SAM, ALEX);
    }
}
