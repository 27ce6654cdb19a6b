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
    static final SortFields SORTS = SortFields.named("title", "year").byDefault("title");

    @GET
    public Page<Book> list(@BeanParam PageParams params) {
        PageRequest page = params.validate(SORTS);
        List<Book> sorted = BOOKS.stream().sorted(page.comparator(b -> f -> f.equals("title") ? b.title() : b.year())).toList();
        return Page.of(sorted, page);
    }

    @jakarta.inject.Inject
    io.vertx.mutiny.core.Vertx vertx;

    /** Reads from a database that is away (nothing listens on its port): a passing fault, not a 500. */
    @GET
    @Path("/in-the-archive")
    public io.smallrye.mutiny.Uni<String> fromTheArchive() {
        var options = new io.vertx.pgclient.PgConnectOptions().setHost("127.0.0.1").setPort(1).setDatabase("archive")
                .setUser("nobody").setConnectTimeout(2000);
        io.vertx.mutiny.sqlclient.Pool archive = io.vertx.mutiny.pgclient.PgPool.pool(vertx, options, new io.vertx.sqlclient.PoolOptions());
        return archive.query("SELECT 1").execute().map(rows -> "found").eventually(archive::close);
    }

    @GET
    @Path("/{title}")
    public Response get(@PathParam("title") String title, @BeanParam IfNoneMatch ifNoneMatch) {
        Book b = BOOKS.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow(() -> new NotFound("no book " + title));
        return ifNoneMatch.ok(b, b.year());
    }
}
