package org.bestvalue.eventkit.testing.identity;

import io.quarkus.test.security.TestSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test runs as the platform operator, operator-1: rebuilds, dead-letter replays, chain verification. An
 * operator acts across councils, so it carries no council claim (a meta-annotation of @TestSecurity).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "operator-1", roles = "operator")
public @interface AsOperator {
}
