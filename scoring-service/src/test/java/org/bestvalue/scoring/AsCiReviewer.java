package org.bestvalue.scoring;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as rev-ci, the reviewer the fixtures assign to the CI theme of demo-borough's rounds. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "rev-ci", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "council", value = Fixtures.COUNCIL))
public @interface AsCiReviewer {
}
