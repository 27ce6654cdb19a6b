package org.bestvalue.reporting.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.bestvalue.eventkit.http.SuiteOpenApi;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * The kit's OpenAPI filter (operationIds, the Problem schema), registered the Quarkus way. Named through
 * {@code mp.openapi.filter} in the kit's shared settings, it is loaded by the wrong class loader in a
 * {@code @QuarkusTest} ("SuiteOpenApi cannot be cast to OASFilter") and the service does not start; so this
 * service clears that setting and registers the filter here, at build time (the document is static). The kit
 * should annotate SuiteOpenApi itself. ({@code implements OASFilter} again: Quarkus only picks up an annotated
 * filter that names the interface itself.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ReportingOpenApi extends SuiteOpenApi implements OASFilter {
}
