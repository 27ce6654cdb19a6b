package org.bestvalue.action.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.eventkit.http.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A field of the wrong type or format (a date "1 July", a RAG "PURPLE") answers the kit's problem+json
 * naming the field. Quarkus ships its own mapper for {@link MismatchedInputException}, which is more
 * specific than the kit's {@code JsonProcessingException} mapper and would answer without the field.
 */
public class RequestBodyProblems {
    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }
}
