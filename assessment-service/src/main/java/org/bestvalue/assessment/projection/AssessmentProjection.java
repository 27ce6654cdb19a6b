package org.bestvalue.assessment.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.EventData;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the service's query tables (framework_versions, cycles, narratives, evidence_items,
 * narrative_evidence) in step with the events, inside the append's transaction. Reads only the stored
 * event, so replaying the events table rebuilds the same rows.
 */
@ApplicationScoped
public class AssessmentProjection implements InlineProjection.EachEvent {
    /** The tables it writes, in the order a rebuild empties them ({@link AssessmentRebuild}). */
    static final List<String> TABLES = List.of("narrative_evidence", "narratives", "evidence_items", "cycles",
            "framework_versions");

    @Override
    public Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        OffsetDateTime at = e.occurredAtUtc();
        return switch (e.type()) {
            case "FrameworkVersionImported" -> {
                int crossRefs = 0;
                for (JsonNode c : d.path("characteristics")) if (!c.path("crossReferenceTo").isNull() && c.has("crossReferenceTo")) crossRefs++;
                int scored = d.path("characteristics").size() - crossRefs;
                yield exec(tx, "INSERT INTO framework_versions (id, council_id, name, label, status, predecessor_id, characteristic_count, "
                                + "cross_reference_count, theme_count, imported_at, stream_version) VALUES ($1,$2,$3,$4,'DRAFT',$5,$6,$7,$8,$9,$10)",
                        Tuple.tuple().addUUID(EventData.uuid(d, "frameworkVersionId")).addString(e.councilId()).addString(d.path("name").asText())
                                .addString(d.path("label").asText()).addUUID(EventData.uuid(d, "predecessorId")).addInteger(scored)
                                .addInteger(crossRefs).addInteger(d.path("themes").size()).addOffsetDateTime(at).addLong(e.streamVersion()));
            }
            case "FrameworkVersionPublished" -> exec(tx,
                    "UPDATE framework_versions SET status = 'PUBLISHED', published_at = $2, stream_version = $3 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "frameworkVersionId"), at, e.streamVersion()));
            case "CycleOpened" -> exec(tx, "INSERT INTO cycles (id, council_id, year, title, framework_version_id, carried_forward_from, "
                            + "status, opened_at, stream_version) VALUES ($1,$2,$3,$4,$5,$6,'OPEN',$7,$8)",
                    Tuple.tuple().addUUID(EventData.uuid(d, "cycleId")).addString(e.councilId()).addInteger(d.path("year").asInt())
                            .addString(d.path("title").asText()).addUUID(EventData.uuid(d, "frameworkVersionId")).addUUID(EventData.uuid(d, "carriedForwardFrom"))
                            .addOffsetDateTime(at).addLong(e.streamVersion()));
            case "CycleSnapshotTaken" -> exec(tx,
                    "UPDATE cycles SET status = 'SNAPSHOT_TAKEN', latest_snapshot_at = $2, stream_version = $3 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "cycleId"), instant(d, "asOf"), e.streamVersion()));
            case "CyclePublished" -> exec(tx, "UPDATE cycles SET published_as_of = $2, stream_version = $3 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "cycleId"), instant(d, "asOf"), e.streamVersion()));
            case "CycleClosed" -> exec(tx, "UPDATE cycles SET status = 'CLOSED', stream_version = $2 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "cycleId"), e.streamVersion()));
            case "NarrativeDrafted" -> exec(tx, "INSERT INTO narratives (id, council_id, cycle_id, characteristic_code, status, revision, "
                            + "text, last_author_id, updated_at, stream_version) VALUES ($1,$2,$3,$4,'DRAFT',$5,$6,$7,$8,$9)",
                    Tuple.tuple().addUUID(EventData.uuid(d, "narrativeId")).addString(e.councilId()).addUUID(EventData.uuid(d, "cycleId"))
                            .addString(d.path("characteristicCode").asText()).addInteger(d.path("revision").asInt())
                            .addString(d.path("text").asText()).addString(d.path("authorId").asText()).addOffsetDateTime(at)
                            .addLong(e.streamVersion()));
            case "NarrativeRevised" -> exec(tx, "UPDATE narratives SET revision = $2, text = $3, last_author_id = $4, updated_at = $5, "
                            + "stream_version = $6 WHERE id = $1",
                    Tuple.tuple().addUUID(EventData.uuid(d, "narrativeId")).addInteger(d.path("revision").asInt()).addString(d.path("text").asText())
                            .addString(d.path("authorId").asText()).addOffsetDateTime(at).addLong(e.streamVersion()));
            case "ContributorRecorded" -> exec(tx, "UPDATE narratives SET contributor_count = contributor_count + 1, updated_at = $2, "
                    + "stream_version = $3 WHERE id = $1", Tuple.of(EventData.uuid(d, "narrativeId"), at, e.streamVersion()));
            case "ContributorRemoved" -> exec(tx, "UPDATE narratives SET contributor_count = contributor_count - $4, updated_at = $2, "
                    + "stream_version = $3 WHERE id = $1", Tuple.of(EventData.uuid(d, "narrativeId"), at, e.streamVersion(),
                    d.path("roles").size()));
            case "NarrativeStatusChanged" -> exec(tx, "UPDATE narratives SET status = $2, updated_at = $3, stream_version = $4 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "narrativeId"), d.path("to").asText(), at, e.streamVersion()));
            case "EvidenceAttached" -> exec(tx, "INSERT INTO narrative_evidence (narrative_id, evidence_id, council_id, cycle_id, "
                            + "characteristic_code, attached_at) VALUES ($1,$2,$3,$4,$5,$6)",
                    Tuple.tuple().addUUID(EventData.uuid(d, "narrativeId")).addUUID(EventData.uuid(d, "evidenceId")).addString(e.councilId())
                            .addUUID(EventData.uuid(d, "cycleId")).addString(d.path("characteristicCode").asText()).addOffsetDateTime(at))
                    .chain(() -> exec(tx, "UPDATE narratives SET evidence_count = evidence_count + 1, updated_at = $2, stream_version = $3 "
                            + "WHERE id = $1", Tuple.of(EventData.uuid(d, "narrativeId"), at, e.streamVersion())));
            case "EvidenceDetached" -> exec(tx, "DELETE FROM narrative_evidence WHERE narrative_id = $1 AND evidence_id = $2",
                    Tuple.of(EventData.uuid(d, "narrativeId"), EventData.uuid(d, "evidenceId")))
                    .chain(() -> exec(tx, "UPDATE narratives SET evidence_count = evidence_count - 1, updated_at = $2, stream_version = $3 "
                            + "WHERE id = $1", Tuple.of(EventData.uuid(d, "narrativeId"), at, e.streamVersion())));
            case "EvidenceItemAdded" -> exec(tx, "INSERT INTO evidence_items (id, council_id, title, kind, reference, uri, owner, "
                            + "evidence_date, description, content_hash, revision, updated_at, stream_version) "
                            + "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
                    evidenceTuple(e, d, at).addLong(e.streamVersion()));
            case "EvidenceItemRevised" -> exec(tx, "UPDATE evidence_items SET council_id = $2, title = $3, kind = $4, reference = $5, "
                            + "uri = $6, owner = $7, evidence_date = $8, description = $9, content_hash = $10, revision = $11, "
                            + "updated_at = $12, stream_version = $13 WHERE id = $1",
                    evidenceTuple(e, d, at).addLong(e.streamVersion()));
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Tuple evidenceTuple(EventEnvelope e, JsonNode d, OffsetDateTime at) {
        return Tuple.tuple().addUUID(EventData.uuid(d, "evidenceId")).addString(e.councilId()).addString(d.path("title").asText())
                .addString(d.path("kind").asText()).addString(EventData.text(d, "reference")).addString(EventData.text(d, "uri"))
                .addString(EventData.text(d, "owner")).addLocalDate(EventData.text(d, "date") == null ? null : LocalDate.parse(EventData.text(d, "date")))
                .addString(EventData.text(d, "description")).addString(EventData.text(d, "contentHash")).addInteger(d.path("revision").asInt())
                .addOffsetDateTime(at);
    }

    private static Uni<Void> exec(SqlConnection tx, String sql, Tuple params) {
        return tx.preparedQuery(sql).execute(params).replaceWithVoid();
    }

    private static OffsetDateTime instant(JsonNode d, String field) {
        java.time.Instant t = EventData.instant(d, field);
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
