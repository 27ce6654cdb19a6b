package org.bestvalue.eventkit.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bestvalue.eventkit.NotFound;

import java.util.List;

/** A test-only resource that uses the kit's HTTP conventions the way a service does. */
@Path("/shelf")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ShelfResource {
    public record Book(String title, int year) {
    }

    static final List<Book> BOOKS = List.of(new Book("Beta", 2021), new Book("Alpha", 2023), new Book("Gamma", 2022),
            new Book("Delta", 2023), new Book("Epsilon", 2020));
    static final SortFields SORTS = SortFields.named("title", "year");

    @GET
    public Page<Book> list(@BeanParam PageParams params) {
        PageRequest page = params.validate(SORTS, "title");
        List<Book> sorted = BOOKS.stream().sorted(page.comparator(b -> f -> f.equals("title") ? b.title() : b.year())).toList();
        return Page.of(sorted, page);
    }

    @GET
    @Path("/{title}")
    public Response get(@PathParam("title") String title, @BeanParam IfNoneMatch ifNoneMatch) {
        Book b = BOOKS.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow(() -> new NotFound("no book " + title));
        return ifNoneMatch.ok(b, b.year());
    }
}
