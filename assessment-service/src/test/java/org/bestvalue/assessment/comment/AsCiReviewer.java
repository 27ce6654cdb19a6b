package org.bestvalue.assessment.comment;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as demo-borough's Continuous Improvement reviewer, reviewer-ci. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "reviewer-ci", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "council", value = "demo-borough"))
@interface AsCiReviewer {
}
