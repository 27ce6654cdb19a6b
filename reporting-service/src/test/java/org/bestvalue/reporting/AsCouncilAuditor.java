package org.bestvalue.reporting;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test runs as audit-borough's auditor, auditor-a (the audit-log tests' council, whose log no other test touches). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "auditor-a", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "council", value = AuditLogTests.COUNCIL))
public @interface AsCouncilAuditor {
}
