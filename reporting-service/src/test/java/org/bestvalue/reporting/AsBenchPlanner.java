package org.bestvalue.reporting;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as the planner of bench-1, one of the six councils that share with the sector benchmark. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "planner-bench-1", roles = "planner")
@OidcSecurity(claims = @Claim(key = "council", value = "bench-1"))
@interface AsBenchPlanner {
}
