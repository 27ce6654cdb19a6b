package org.bestvalue.eventkit.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contracts a subscriber or client reads, served by every service without a token: its AsyncAPI
 * document, the CloudEvent envelope it shares with the other services, and the problem catalogue that
 * each problem {@code type} ({@code /problems/<code>}) points to.
 */
@Path("/")
@PermitAll
@Tag(name = "Contracts", description = "AsyncAPI, the CloudEvent envelope, the problem catalogue")
public class ContractDocuments {
    static final String YAML = "application/yaml";

    @GET
    @Path("asyncapi.yaml")
    @Produces(YAML)
    @Operation(summary = "This service's events: AsyncAPI 3.0")
    public String asyncApi() {
        return resource("asyncapi.yaml");
    }

    @GET
    @Path("cloudevent.yaml")
    @Produces(YAML)
    @Operation(summary = "The CloudEvent envelope every event of the suite is published in (referenced by asyncapi.yaml)")
    public String cloudEvent() {
        return resource("cloudevent.yaml");
    }

    @GET
    @Path("problems/{code}")
    @Produces("text/markdown")
    @Operation(summary = "What a problem type means and what to do about it (the row of docs/problems.md)")
    public String problem(@PathParam("code") String code) {
        String row = catalogueRow(resource("problems.md"), code);
        if (row == null) throw new NotFoundException("No problem type '" + code + "'");
        return row;
    }

    /** The catalogue's table row for a code ("| `code` | status | meaning | what to do |"), or null. */
    static String catalogueRow(String catalogue, String code) {
        if (!code.matches("[a-z0-9-]{1,80}")) return null;
        Matcher m = Pattern.compile("^\\|[^|\\n]*`" + Pattern.quote(code) + "`[^\\n]*$", Pattern.MULTILINE).matcher(catalogue);
        return m.find() ? "# " + code + "\n\n| code | status | meaning | what to do |\n|---|---|---|---|\n" + m.group() + "\n" : null;
    }

    /** A document the kit or the service ships on its class path. */
    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new NotFoundException(name + " is not part of this service");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
