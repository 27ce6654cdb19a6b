package org.bestvalue.eventkit.testing.identity;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as demo-borough's leadership, leader-1. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "leader-1", roles = "leadership")
@OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
public @interface AsLeadership {
}
