package org.bestvalue.reporting;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as named-borough's planner, planner-1 (PeopleNamedTests' council). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "planner-1", roles = "planner")
@OidcSecurity(claims = @Claim(key = "council", value = "named-borough"))
@interface AsNamedBoroughPlanner {
}
