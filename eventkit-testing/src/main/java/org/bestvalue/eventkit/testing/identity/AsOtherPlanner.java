package org.bestvalue.eventkit.testing.identity;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as another council's planner: other-district's planner-9. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "planner-9", roles = "planner")
@OidcSecurity(claims = @Claim(key = "council", value = "other-district"))
public @interface AsOtherPlanner {
}
