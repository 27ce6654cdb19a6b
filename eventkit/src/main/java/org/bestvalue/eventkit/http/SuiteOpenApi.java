package org.bestvalue.eventkit.http;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * What every service's OpenAPI document shares: an operationId on every operation, unique across the
 * suite ({@code <service><Resource><Method>}, e.g. {@code assessmentCycleOpen}), and the RFC 9457
 * {@code Problem} schema on every error response. The security scheme (Keycloak, authorization code +
 * PKCE in Swagger UI) comes from the shared settings. Registered by its annotation (a filter named in
 * {@code mp.openapi.filter} from a library jar is loaded by the wrong class loader under {@code @QuarkusTest}).
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class SuiteOpenApi implements OASFilter {
    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null) return;
        String service = servicePrefix();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                Operation op = e.getValue();
                op.setOperationId(operationId(service, op.getOperationId()));
                if (op.getResponses() == null) continue;
                for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        r.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
                    }
                }
            }
        }
    }

    /** {@code CycleResource_open} (the CLASS_METHOD strategy) → {@code assessmentCycleOpen}. */
    static String operationId(String service, String generated) {
        if (generated == null || generated.isBlank()) return generated;
        if (generated.startsWith(service) && !generated.contains("_")) return generated;
        String[] parts = generated.split("_", 2);
        String resource = parts.length == 2 ? parts[0].replaceFirst("Resource$", "") : "";
        String method = parts.length == 2 ? parts[1] : parts[0];
        return service + capitalise(resource) + capitalise(method);
    }

    private static String servicePrefix() {
        String name = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class).orElse("service");
        return name.replaceFirst("-service$", "").replace("-", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; docs/problems.md explains every type")
                .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .description("/problems/<code>").example("/problems/cycle-closed"))
                .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .description("the body field, parameter or header to fix"))
                .addProperty("currentVersion", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .description("409 concurrency-conflict: the version to read again"))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                                .addProperty("message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))))
                .required(java.util.List.of("type", "title", "status"));
    }
}
