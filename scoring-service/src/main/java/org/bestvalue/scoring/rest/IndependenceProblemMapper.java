package org.bestvalue.scoring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bestvalue.eventkit.http.Problem;
import org.bestvalue.eventkit.http.ProblemMappers;
import org.bestvalue.scoring.independence.NotIndependent;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers an independence refusal with problem+json naming the person, the characteristics, the rule and every conflicting narrative. */
public class IndependenceProblemMapper {

    @ServerExceptionMapper
    public Response notIndependent(NotIndependent e, UriInfo uri) {
        List<Map<String, String>> narratives = e.conflicts().stream().map(w -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("characteristicCode", w.characteristicCode());
            m.put("narrativeId", w.narrativeId());
            m.put("role", w.role());
            return m;
        }).toList();
        Problem p = new Problem(ProblemMappers.TYPE_BASE + e.code(), "Not independent", e.status(),
                e.getMessage(), uri == null ? null : uri.getPath())
                .with("field", e.field())
                .with("userId", e.userId())
                .with("rule", e.rule())
                .with("characteristicCodes", e.characteristicCodes())
                .with("conflictingNarratives", narratives);
        if ("reviewerId".equals(e.field())) p = p.with("reviewerId", e.userId());
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
