package org.bestvalue.assessment.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.framework.FrameworkCommand;
import org.bestvalue.assessment.framework.FrameworkDiff;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.framework.file.CsvFrameworkReader;
import org.bestvalue.assessment.framework.file.FileProblem;
import org.bestvalue.assessment.framework.file.FrameworkFile;
import org.bestvalue.assessment.framework.file.FrameworkFileRejected;
import org.bestvalue.assessment.framework.file.GuidePageReader;
import org.bestvalue.assessment.framework.file.GuideProposal;
import org.bestvalue.assessment.framework.file.GuideText;
import org.bestvalue.assessment.framework.file.PastedGuideReader;
import org.bestvalue.assessment.framework.file.JsonFrameworkReader;
import org.bestvalue.assessment.projection.FrameworkVersionRow;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.AggregateStore.Loaded;
import org.bestvalue.eventkit.store.EventStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Imports, publishes, reads and compares framework versions (lists are read through FrameworkVersionRow). */
@ApplicationScoped
public class FrameworkService {
    /**
     * The shipped demo data, imported in this order: the draft guidance (CSV, which names no version, so the name and
     * label are given here), the statutory guidance mapped onto it (JSON) and the demo council's own list for its 2025
     * re-assessment (the statutory version with four merges, L009 dropped, CI013 added); the last two are published.
     */
    private record Shipped(String path, String label, String name, boolean published) {
        static final Shipped DRAFT = new Shipped("frameworks/draft-2023.csv", "draft-2023",
                "Best Value Duty guidance: consultation draft (2023)", false);
        static final Shipped STATUTORY = new Shipped("frameworks/statutory-2024.json", "statutory-2024", null, true);
        static final Shipped REVISED = new Shipped("frameworks/council-2025.json", "council-2025", null, true);
        static final List<Shipped> IN_ORDER = List.of(DRAFT, STATUTORY, REVISED);

        /** The version's id in the council: derived from its label, so a second import finds the first. */
        UUID id(String councilId) {
            return AssessmentAggregates.shippedFrameworkId(councilId, label);
        }

        Format format() {
            return path.endsWith(".csv") ? Format.CSV : Format.JSON;
        }
    }

    @Inject
    AssessmentAggregates aggregates;
    @Inject
    ObjectMapper mapper;

    public enum Format { JSON, CSV }

    /** How a guide's wording is brought in: a saved page of the guide, or its characteristics pasted as CSV or JSON. */
    public enum GuideFormat { HTML, CSV, JSON }

    public FrameworkFile read(Format format, String text, String name, String label, UUID predecessorId, String predecessorLabel) {
        if (text == null || text.isBlank()) throw new FrameworkFileRejected(List.of(new FileProblem(1, 1, "$", "the file is empty")));
        return format == Format.JSON ? new JsonFrameworkReader(mapper).read(text)
                : new CsvFrameworkReader().read(text, name, label, predecessorId, predecessorLabel);
    }

    /** Imports a file as a new version; nothing is stored unless the whole file is right. */
    public Uni<Loaded<FrameworkVersion>> importFile(CommandContext ctx, UUID id, FrameworkFile file) {
        return aggregates.frameworks.retriedCreate(ctx, id.toString())
                .chain(retried -> retried != null ? Uni.createFrom().item(retried) : importNew(ctx, id, file));
    }

    private Uni<Loaded<FrameworkVersion>> importNew(CommandContext ctx, UUID id, FrameworkFile file) {
        return predecessor(ctx.councilId(), file).chain(pred -> {
            Set<String> codes = pred == null ? null : new LinkedHashSet<>(pred.scored().stream().map(c -> c.code()).toList());
            List<FileProblem> problems = file.problems(codes);
            if (!problems.isEmpty()) return Uni.createFrom().failure(new FrameworkFileRejected(problems));
            return labelTaken(ctx.councilId(), file.spec().label()).chain(taken -> {
                if (taken) return Uni.createFrom().failure(new RuleViolation(409, "duplicate-label", "label",
                        "The council already has a framework version labelled " + file.spec().label()));
                return aggregates.frameworks.handle(ctx, id.toString(), EventStore.NO_STREAM,
                                new FrameworkCommand.ImportVersion(id, file.spec(), pred == null ? null : pred.id(), codes), aggregates.projection)
                        .onFailure().transform(Unique::translate)
                        .map(h -> new Loaded<>(h.state(), h.version()));
            });
        });
    }

    /**
     * Reads a guide's wording and proposes a version from it (GuideProposal): codes assigned, the mapping onto
     * the predecessor proposed. Nothing is stored: the council edits the proposal and imports it as a draft.
     */
    public Uni<FrameworkFile> proposeFromGuide(String councilId, GuideFormat format, String text, String name, String label,
                                               UUID predecessorId, String predecessorLabel) {
        if (text == null || text.isBlank()) throw new FrameworkFileRejected(List.of(new FileProblem(1, 1, "$", "the file is empty")));
        GuideText guide = switch (format) {
            case HTML -> new GuidePageReader().read(text);
            case CSV -> new PastedGuideReader(mapper).readCsv(text);
            case JSON -> new PastedGuideReader(mapper).readJson(text);
        };
        FrameworkFile wanted = new FrameworkFile(null, predecessorId, predecessorLabel, java.util.Map.of());
        return predecessor(councilId, wanted).chain(pred -> {
            FrameworkFile file = GuideProposal.propose(guide, name, label, pred);
            Set<String> codes = pred == null ? null : new LinkedHashSet<>(pred.scored().stream().map(c -> c.code()).toList());
            List<FileProblem> problems = file.problems(codes);
            if (!problems.isEmpty()) return Uni.createFrom().failure(new FrameworkFileRejected(problems));
            if (file.spec().label() == null) return Uni.createFrom().item(file);
            return labelTaken(councilId, file.spec().label()).map(taken -> {
                if (taken) throw new RuleViolation(409, "duplicate-label", "label",
                        "The council already has a framework version labelled " + file.spec().label());
                return file;
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
            return FrameworkVersionRow.labelled(councilId, file.predecessorLabel())
                    .chain(row -> {
                        if (row == null) return Uni.createFrom().failure(new FrameworkFileRejected(List.of(
                                file.problem("predecessorLabel", "no framework version labelled " + file.predecessorLabel()))));
                        return aggregates.frameworks.load(councilId, row.id.toString()).map(Loaded::state);
                    });
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<Boolean> labelTaken(String councilId, String label) {
        return FrameworkVersionRow.labelled(councilId, label).map(row -> row != null);
    }

    public Uni<Loaded<FrameworkVersion>> publish(CommandContext ctx, UUID id, long expectedVersion) {
        return aggregates.frameworks.handleExisting(ctx, id.toString(), expectedVersion, new FrameworkCommand.PublishVersion(id), aggregates.projection)
                .map(h -> new Loaded<>(h.state(), h.version()));
    }

    public Uni<Loaded<FrameworkVersion>> get(String councilId, UUID id) {
        return aggregates.frameworks.require(councilId, id.toString());
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

    /** The result of the demo import: the three shipped versions, and whether this call stored anything. */
    public record DemoImport(FrameworkVersionRow draft, FrameworkVersionRow statutory, FrameworkVersionRow revised, boolean changed) {
    }

    /**
     * Imports the shipped draft, statutory and council-2025 versions once per council, and publishes the
     * statutory and council-2025 ones.
     */
    public Uni<DemoImport> importDemo(CommandContext ctx) {
        boolean[] changed = {false};
        java.util.Map<Shipped, UUID> ids = new java.util.LinkedHashMap<>();
        for (Shipped shipped : Shipped.IN_ORDER) ids.put(shipped, shipped.id(ctx.councilId()));
        Uni<Void> imported = Uni.createFrom().voidItem();
        for (var e : ids.entrySet()) {
            Shipped shipped = e.getKey();
            UUID id = e.getValue();
            imported = imported.chain(() -> ensure(ctx, id,
                    () -> read(shipped.format(), resource(shipped.path()), shipped.name(), shipped.label(), null, null), changed));
            if (shipped.published()) imported = imported.chain(() -> ensurePublished(ctx, id, changed));
        }
        return imported.chain(() -> FrameworkVersionRow.inCouncil(ctx.councilId(), List.copyOf(ids.values())))
                .map(rows -> {
                    java.util.Map<UUID, FrameworkVersionRow> byId = new java.util.HashMap<>();
                    for (FrameworkVersionRow r : rows) byId.put(r.id, r);
                    return new DemoImport(byId.get(ids.get(Shipped.DRAFT)), byId.get(ids.get(Shipped.STATUTORY)),
                            byId.get(ids.get(Shipped.REVISED)), changed[0]);
                });
    }

    private Uni<Void> ensurePublished(CommandContext ctx, UUID id, boolean[] changed) {
        return aggregates.frameworks.load(ctx.councilId(), id.toString()).chain(l -> {
            if (l.state().status() == FrameworkVersion.Status.PUBLISHED) return Uni.createFrom().voidItem();
            changed[0] = true;
            return publish(ctx, id, l.version()).replaceWithVoid();
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
