package org.bestvalue.scoring.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.eventkit.http.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus has built-in mappers for its own ConstraintViolationException subclass and for Jackson's
 * MismatchedInputException (an unknown enum value such as colour "PURPLE") that answer plain JSON.
 * They are more specific than the kit's mappers, so this hands both to the kit's problem+json answers.
 */
public class ValidationProblemMapper {
    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        return problems.invalid(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }
}
