package org.bestvalue.scoring;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.bestvalue.eventkit.testing.KafkaBroker;
import org.bestvalue.eventkit.testing.PostgresDatabase;

/** The real PostgreSQL and a real Kafka broker for every @QuarkusTest of the scoring service. */
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "bv_scoring_test"))
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
