package org.bestvalue.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.bestvalue.eventkit.testing.KafkaBroker;
import org.bestvalue.eventkit.testing.PostgresDatabase;

/** The real PostgreSQL and an in-JVM Kafka broker for every @QuarkusTest of this module. */
@QuarkusTestResource(value = PostgresDatabase.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "bv_reporting_test"))
@QuarkusTestResource(value = KafkaBroker.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
