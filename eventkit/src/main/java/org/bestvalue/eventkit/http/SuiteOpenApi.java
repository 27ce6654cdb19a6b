package org.bestvalue.eventkit.http;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every service's OpenAPI document shares: an operationId on every operation, unique across the
 * suite ({@code <service><Resource><Method>}, e.g. {@code assessmentCycleOpen}), the responses every
 * operation of a kind answers alike (see {@link #standardResponses}), and the RFC 9457 {@code Problem}
 * schema on every error response, with an example of each problem code its description names (from the
 * catalogue, docs/problems.md), so a resource writes no example of its own. The security scheme (Keycloak, authorization code +
 * PKCE in Swagger UI) comes from the shared settings. Registered by its annotation (a filter named in
 * {@code mp.openapi.filter} from a library jar is loaded by the wrong class loader under {@code @QuarkusTest}).
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class SuiteOpenApi implements OASFilter {
    static final String PROBLEM = "Problem";
    /** SmallRye's description of the 400 it adds to every operation with a body or parameters. */
    private static final String BAD_REQUEST = "Bad Request";
    /** SmallRye's description of a success nobody described. */
    private static final String OK = "OK";
    private static final String JSON = "application/json";
    private static final List<String> PAGING = List.of("page", "size", "sort");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null) return;
        String service = servicePrefix();
        Map<String, ProblemType> catalogue = catalogue(ContractDocuments.resource("problems.md"));
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                Operation op = e.getValue();
                op.setOperationId(operationId(service, op.getOperationId()));
                resolveRoles(op);
                if (op.getResponses() == null) continue;
                standardResponses(path.getKey(), item, op);
                for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        r.getValue().setContent(problemContent(r.getKey(), r.getValue().getDescription(), catalogue));
                    }
                }
            }
        }
    }

    /**
     * The responses the conventions give every operation of a kind, so a resource documents only what is its
     * own (a response it states itself is kept as it is):
     * <ul>
     * <li>a secured operation (it has a security requirement): 401 and 403;</li>
     * <li>a secured operation on a path with parameters: 404 (an unknown id, or another council's: the same to the caller);</li>
     * <li>a write with an {@code If-Match} header: 428 without it, 409 when stale, 400 when malformed;</li>
     * <li>a write with an {@code If-Match} header answers the resource its last path parameter names (a DELETE: the
     * one before), with its new version as ETag (200);</li>
     * <li>a paged list ({@code page} and {@code size} parameters): one page (200), and 400 for a bad page, size, sort or filter;</li>
     * <li>a conditional read (an {@code If-None-Match} header, see {@link IfNoneMatch}): the resource its last path
     * parameter names with its ETag (200), and 304;</li>
     * <li>an operation that answers in more than one format, or in another than JSON: 406 naming the formats.</li>
     * </ul>
     * The descriptions SmallRye generates for a response nobody described ({@code OK}, {@code Bad Request}) are
     * replaced by these; any other is the resource's own and is kept.
     */
    static void standardResponses(String path, PathItem item, Operation op) {
        APIResponses responses = op.getResponses();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) parameters.addAll(item.getParameters());
        if (op.getParameters() != null) parameters.addAll(op.getParameters());
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            standard(responses, "401", "No valid bearer token (unauthorized)", "Not Authorized");
            standard(responses, "403", "Your role does not allow this operation (forbidden)", "Not Allowed");
        }
        List<String> ids = pathParameters(path);
        if (secured && !ids.isEmpty()) {
            standard(responses, "404", "No such " + String.join(" or ", ids) + " in your council (not-found)");
        }
        if (hasParameter(parameters, Parameter.In.HEADER, "If-Match")) {
            // A DELETE removes what its last id names and answers the resource it belonged to.
            List<String> written = op == item.getDELETE() ? ids.subList(0, Math.max(0, ids.size() - 1)) : ids;
            String resource = written.isEmpty() ? "resource" : written.get(written.size() - 1);
            if (responses.getAPIResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                responses.addAPIResponse("200", OASFactory.createAPIResponse().content(OASFactory.createContent()
                        .addMediaType(JSON, OASFactory.createMediaType())).description(OK));
            }
            describe(responses, "200", "The " + resource + " with its new version as ETag");
            standard(responses, "428", "No If-Match header (precondition-required)");
            standard(responses, "409", "Stale If-Match (concurrency-conflict): the problem's currentVersion is the version to read again");
            standard(responses, "400", "A malformed If-Match (invalid-if-match, field If-Match)");
            APIResponse bad = responses.getAPIResponse("400");
            if (BAD_REQUEST.equals(bad.getDescription())) bad.setDescription("A bad body or parameter (invalid-request, malformed-body), or a malformed If-Match (invalid-if-match); field names it");
            else if (!bad.getDescription().contains("If-Match")) bad.setDescription(bad.getDescription() + ", or a malformed If-Match (invalid-if-match)");
        }
        if (hasParameter(parameters, Parameter.In.QUERY, "page") && hasParameter(parameters, Parameter.In.QUERY, "size")) {
            describe(responses, "200", "One page of " + words(lastSegment(path)) + ": the page envelope (items, page, size, total)");
            boolean filtered = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && !PAGING.contains(p.getName()));
            standard(responses, "400", (filtered ? "page, size, sort or a filter" : "page, size or sort")
                    + " out of range (invalid-parameter; field names the parameter)", BAD_REQUEST);
        }
        if (hasParameter(parameters, Parameter.In.HEADER, "If-None-Match")) {
            if (!ids.isEmpty()) describe(responses, "200", "The " + ids.get(ids.size() - 1) + ", with its ETag");
            standard(responses, "304", "Unchanged since the ETag named in If-None-Match");
        }
        List<String> formats = formats(responses);
        if (formats.size() > 1 || formats.size() == 1 && !formats.get(0).equals(JSON)) {
            standard(responses, "406", "Accept names none of: " + String.join(", ", formats) + " (not-acceptable)");
        }
    }

    /** The media types of the success answer, as @Produces or the resource's own content names them. */
    private static List<String> formats(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) return List.of();
        return List.copyOf(ok.getContent().getMediaTypes().keySet());
    }

    /** Describes a response SmallRye generated without a description of its own (its content is kept). */
    private static void describe(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && OK.equals(existing.getDescription())) existing.setDescription(description);
    }

    /** {@code /cycles/{cycleId}/opportunities} → {@code opportunities}. */
    private static String lastSegment(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].startsWith("{")) return segments[i];
        }
        return "items";
    }

    /** A role named by a property expression ({@code Roles.EVERY_ROLE}) is documented as the roles it stands for. */
    static void resolveRoles(Operation op) {
        if (op.getSecurity() == null) return;
        for (SecurityRequirement requirement : op.getSecurity()) {
            Map<String, List<String>> schemes = new LinkedHashMap<>();
            requirement.getSchemes().forEach((scheme, roles) ->
                    schemes.put(scheme, roles == null ? null : roles.stream().flatMap(SuiteOpenApi::roles).toList()));
            requirement.setSchemes(schemes);
        }
    }

    private static Stream<String> roles(String role) {
        Matcher m = EXPRESSION.matcher(role);
        if (!m.matches()) return Stream.of(role);
        return ConfigProvider.getConfig().getOptionalValues(m.group(1), String.class).map(List::stream).orElse(Stream.of(role));
    }

    /** Adds the response unless the operation states its own (a generated default description is replaced). */
    private static void standard(APIResponses responses, String status, String description, String... generated) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && !List.of(generated).contains(existing.getDescription())) return;
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }

    private static boolean hasParameter(List<Parameter> parameters, Parameter.In in, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
    }

    /** {@code /cycles/{cycleId}/narratives/{code}} → [cycle, narrative]: what each path parameter names. */
    static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (!s.startsWith("{") || !s.endsWith("}")) continue;
            String name = s.substring(1, s.length() - 1);
            if (name.endsWith("Id") && name.length() > 2) name = name.substring(0, name.length() - 2);
            else if ((name.equals("id") || name.equals("code")) && i > 0 && !segments[i - 1].startsWith("{")) name = singular(segments[i - 1]);
            names.add(words(name));
        }
        return names;
    }

    private static String singular(String collection) {
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }

    /** {@code themeCode} → {@code theme code}, {@code progress-reports} → {@code progress report}. */
    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.ROOT);
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

    /** What a description names in parentheses, where the conventions put a response's problem codes. */
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    /** A code as the catalogue's first column writes it, in backquotes. */
    private static final Pattern QUOTED_CODE = Pattern.compile("`([a-z0-9-]+)`");
    /** A code of the problem catalogue: lower case words joined by hyphens ({@code forbidden}, {@code thread-resolved}). */
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![A-Za-z0-9-])");

    /** A row of the problem catalogue: the status a code answers with and what it means. */
    record ProblemType(int status, String meaning) {
    }

    /** The problem catalogue (docs/problems.md, packaged with the kit): each code's status and meaning. */
    static Map<String, ProblemType> catalogue(String markdown) {
        Map<String, ProblemType> types = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("| `") || cells.length < 4 || !cells[2].trim().matches("\\d{3}")) continue;
            ProblemType type = new ProblemType(Integer.parseInt(cells[2].trim()), cells[3].trim().replace("`", ""));
            Matcher codes = QUOTED_CODE.matcher(cells[1]);
            while (codes.find()) types.put(codes.group(1), type);
        }
        return types;
    }

    /**
     * An error response's body: the shared Problem schema, with an example of each catalogue code its description
     * names in parentheses whose status is this response's, as the service answers it.
     */
    static Content problemContent(String status, String description, Map<String, ProblemType> catalogue) {
        org.eclipse.microprofile.openapi.models.media.MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM));
        Matcher named = PARENTHESES.matcher(description == null ? "" : description);
        while (named.find()) {
            Matcher m = CODE.matcher(named.group(1));
            while (m.find()) {
                ProblemType type = catalogue.get(m.group());
                if (type == null || !status.equals(String.valueOf(type.status()))) continue;
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", ProblemMappers.TYPE_BASE + m.group());
                body.put("title", ProblemMappers.title(type.status()));
                body.put("status", type.status());
                body.put("detail", type.meaning());
                media.addExample(m.group(), OASFactory.createExample().value(body));
            }
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
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
