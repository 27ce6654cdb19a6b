package org.bestvalue.assessment.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.assessment.framework.file.FileProblem;
import org.bestvalue.assessment.framework.file.FrameworkFileRejected;
import org.bestvalue.eventkit.http.Problem;
import org.bestvalue.eventkit.http.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers a rejected framework file with every problem found, each with its line and column. */
public class AssessmentProblems {

    @ServerExceptionMapper
    public Response rejectedFile(FrameworkFileRejected e, UriInfo uri) {
        List<Map<String, Object>> errors = e.problems().stream().map(AssessmentProblems::asMap).toList();
        FileProblem first = e.problems().get(0);
        Problem p = new Problem(ProblemMappers.TYPE_BASE + "invalid-framework-file", "The framework file is not valid", 422,
                e.getMessage(), uri.getPath())
                .with("field", first.field())
                .with("line", first.line())
                .with("column", first.column())
                .with("errors", errors);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static Map<String, Object> asMap(FileProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("field", p.field());
        m.put("message", p.message());
        return m;
    }
}
