package org.bestvalue.eventkit.http;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of every list endpoint, bound with {@code @BeanParam}. Kept as text so a
 * wrong value is answered by {@link PageRequest} with a problem that names the parameter.
 */
public class PageParams {
    @QueryParam("page")
    @Parameter(description = "Page number, from 0", example = "0")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")", example = "50")
    public String size;

    @QueryParam("sort")
    // No example: each endpoint has its own fields, and Swagger UI's "try it out" would send a generic one.
    @Parameter(description = "Sort fields, comma-separated; '-' before a field sorts descending (the endpoint lists its fields)")
    public String sort;

    /** Checks the parameters against the endpoint's sort fields; an empty sort takes their default order. */
    public PageRequest validate(SortFields fields) {
        return PageRequest.parse(page, size, sort, fields);
    }

    public static PageParams of(Integer page, Integer size, String sort) {
        PageParams p = new PageParams();
        p.page = page == null ? null : page.toString();
        p.size = size == null ? null : size.toString();
        p.sort = sort;
        return p;
    }
}
