package org.bestvalue.assessment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.framework.FrameworkCommand;
import org.bestvalue.assessment.framework.FrameworkDiff;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.file.CsvFrameworkReader;
import org.bestvalue.assessment.framework.file.FileProblem;
import org.bestvalue.assessment.framework.file.FrameworkFile;
import org.bestvalue.assessment.framework.file.FrameworkFileRejected;
import org.bestvalue.assessment.framework.file.JsonFrameworkReader;
import org.bestvalue.assessment.projection.AssessmentProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Imports, publishes, reads and compares framework versions. */
@ApplicationScoped
public class FrameworkService {
    /** The shipped demo data: the draft guidance (CSV) and the statutory guidance mapped onto it (JSON). */
    public static final String DEMO_DRAFT = "frameworks/draft-2023.csv";
    public static final String DEMO_DRAFT_LABEL = "draft-2023";
    public static final String DEMO_DRAFT_NAME = "Best Value Duty guidance: consultation draft (2023)";
    public static final String DEMO_STATUTORY = "frameworks/statutory-2024.json";
    public static final String DEMO_STATUTORY_LABEL = "statutory-2024";

    @Inject
    Aggregates aggregates;
    @Inject
    AssessmentProjection projection;
    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    public enum Format { JSON, CSV }

    /** A summary row of a version, as lists show it. */
    public record VersionSummary(UUID id, String name, String label, String status, UUID predecessorId, int characteristicCount,
                                 int crossReferenceCount, int themeCount, String importedAt, String publishedAt, long version) {
    }

    public FrameworkFile read(Format format, String text, String name, String label, UUID predecessorId, String predecessorLabel) {
        if (text == null || text.isBlank()) throw new FrameworkFileRejected(List.of(new FileProblem(1, 1, "$", "the file is empty")));
        return format == Format.JSON ? new JsonFrameworkReader(mapper).read(text)
                : new CsvFrameworkReader().read(text, name, label, predecessorId, predecessorLabel);
    }

    /** Imports a file as a new version; nothing is stored unless the whole file is right. */
    public Uni<Loaded<FrameworkVersion>> importFile(CommandContext ctx, UUID id, FrameworkFile file) {
        return predecessor(ctx.councilId(), file).chain(pred -> {
            Set<String> codes = pred == null ? null : new LinkedHashSet<>(pred.scored().stream().map(c -> c.code()).toList());
            List<FileProblem> problems = file.problems(codes);
            if (!problems.isEmpty()) return Uni.createFrom().failure(new FrameworkFileRejected(problems));
            return labelTaken(ctx.councilId(), file.spec().label()).chain(taken -> {
                if (taken) return Uni.createFrom().failure(new RuleViolation(409, "duplicate-label", "label",
                        "The council already has a framework version labelled " + file.spec().label()));
                return aggregates.frameworks.handle(ctx, id.toString(), EventStore.NO_STREAM,
                                new FrameworkCommand.ImportVersion(id, file.spec(), pred == null ? null : pred.id(), codes), projection)
                        .onFailure().transform(Unique::translate)
                        .map(h -> new Loaded<>(h.state(), h.version()));
            });
        });
    }

    private Uni<FrameworkVersion> predecessor(String councilId, FrameworkFile file) {
        if (file.predecessorId() != null) {
            return aggregates.frameworks.load(councilId, file.predecessorId().toString()).map(l -> {
                if (!l.exists()) throw new FrameworkFileRejected(List.of(file.problem("predecessorId", "no framework version " + file.predecessorId())));
                return l.state();
            });
        }
        if (file.predecessorLabel() != null) {
            return pool.preparedQuery("SELECT id FROM framework_versions WHERE council_id = $1 AND label = $2")
                    .execute(Tuple.of(councilId, file.predecessorLabel()))
                    .chain(rs -> {
                        if (rs.size() == 0) return Uni.createFrom().failure(new FrameworkFileRejected(List.of(
                                file.problem("predecessorLabel", "no framework version labelled " + file.predecessorLabel()))));
                        return aggregates.frameworks.load(councilId, rs.iterator().next().getUUID("id").toString()).map(Loaded::state);
                    });
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<Boolean> labelTaken(String councilId, String label) {
        return pool.preparedQuery("SELECT 1 FROM framework_versions WHERE council_id = $1 AND label = $2")
                .execute(Tuple.of(councilId, label)).map(rs -> rs.size() > 0);
    }

    public Uni<Loaded<FrameworkVersion>> publish(CommandContext ctx, UUID id, long expectedVersion) {
        return aggregates.frameworks.require(ctx.councilId(), id.toString())
                .chain(l -> aggregates.frameworks.handle(ctx, id.toString(), expectedVersion, new FrameworkCommand.PublishVersion(id), projection))
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<FrameworkVersion>> get(String councilId, UUID id) {
        return aggregates.frameworks.require(councilId, id.toString());
    }

    public Uni<List<VersionSummary>> list(String councilId) {
        return pool.preparedQuery("SELECT * FROM framework_versions WHERE council_id = $1 ORDER BY imported_at, label")
                .execute(Tuple.of(councilId))
                .map(rs -> {
                    List<VersionSummary> out = new ArrayList<>();
                    for (Row r : rs) out.add(summary(r));
                    return out;
                });
    }

    static VersionSummary summary(Row r) {
        return new VersionSummary(r.getUUID("id"), r.getString("name"), r.getString("label"), r.getString("status"),
                r.getUUID("predecessor_id"), r.getInteger("characteristic_count"), r.getInteger("cross_reference_count"),
                r.getInteger("theme_count"), String.valueOf(r.getOffsetDateTime("imported_at").toInstant()),
                r.getOffsetDateTime("published_at") == null ? null : r.getOffsetDateTime("published_at").toInstant().toString(),
                r.getLong("stream_version"));
    }

    /** Compares a version with an earlier one (by default its predecessor) through its mapping. */
    public Uni<FrameworkDiff> diff(String councilId, UUID id, UUID fromId) {
        return get(councilId, id).chain(to -> {
            UUID from = fromId != null ? fromId : to.state().predecessorId();
            if (from == null) return Uni.createFrom().failure(new RuleViolation("no-predecessor", "from",
                    "Version " + to.state().label() + " has no predecessor: name the version to compare with in 'from'"));
            if (!from.equals(to.state().predecessorId())) return Uni.createFrom().failure(new RuleViolation("no-mapping-between-versions", "from",
                    "Version " + to.state().label() + " maps onto its predecessor only; compare it with " + to.state().predecessorId()));
            return aggregates.frameworks.load(councilId, from.toString()).map(f -> {
                if (!f.exists()) throw new NotFound("framework " + from + " not found");
                return FrameworkDiff.between(f.state(), to.state());
            });
        });
    }

    /** The result of the demo import: both shipped versions, and whether this call stored anything. */
    public record DemoImport(VersionSummary draft, VersionSummary statutory, boolean changed) {
    }

    /** Imports the shipped draft and statutory versions (and publishes the statutory one) once per council. */
    public Uni<DemoImport> importDemo(CommandContext ctx) {
        UUID draftId = Aggregates.shippedFrameworkId(ctx.councilId(), DEMO_DRAFT_LABEL);
        UUID statutoryId = Aggregates.shippedFrameworkId(ctx.councilId(), DEMO_STATUTORY_LABEL);
        boolean[] changed = {false};
        return ensure(ctx, draftId, () -> read(Format.CSV, resource(DEMO_DRAFT), DEMO_DRAFT_NAME, DEMO_DRAFT_LABEL, null, null), changed)
                .chain(() -> ensure(ctx, statutoryId, () -> read(Format.JSON, resource(DEMO_STATUTORY), null, null, null, null), changed))
                .chain(() -> aggregates.frameworks.load(ctx.councilId(), statutoryId.toString()))
                .chain(l -> {
                    if (l.state().status() == FrameworkVersion.Status.PUBLISHED) return Uni.createFrom().voidItem();
                    changed[0] = true;
                    return publish(ctx, statutoryId, l.version()).replaceWithVoid();
                })
                .chain(() -> pool.preparedQuery("SELECT * FROM framework_versions WHERE id = ANY($1) AND council_id = $2")
                        .execute(Tuple.of(new UUID[]{draftId, statutoryId}, ctx.councilId())))
                .map(rs -> {
                    VersionSummary d = null;
                    VersionSummary s = null;
                    for (Row r : rs) {
                        if (r.getUUID("id").equals(draftId)) d = summary(r);
                        else s = summary(r);
                    }
                    return new DemoImport(d, s, changed[0]);
                });
    }

    private Uni<Void> ensure(CommandContext ctx, UUID id, java.util.function.Supplier<FrameworkFile> file, boolean[] changed) {
        return aggregates.frameworks.load(ctx.councilId(), id.toString()).chain(l -> {
            if (l.exists()) return Uni.createFrom().voidItem();
            changed[0] = true;
            return importFile(ctx, id, file.get()).replaceWithVoid();
        });
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("The service is missing its shipped file " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
