package org.bestvalue.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bestvalue.action.actionplan.ActionCommand;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.opportunity.CatalogueEntry;
import org.bestvalue.action.opportunity.OpportunityCommand;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.eventkit.testing.KafkaBroker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Test fixtures: the catalogue arrives the way it does in production (assessment events on Kafka);
 * opportunities and actions that a test only needs as a starting point are appended through the
 * aggregates directly, so a test can then act as any user.
 */
@ApplicationScoped
public class Given {
    public static final String COUNCIL = "demo-borough";
    public static final String OTHER_COUNCIL = "other-district";
    public static final String PLANNER = "planner-1";

    @Inject
    ObjectMapper mapper;
    @Inject
    Pool pool;
    @Inject
    ActionAggregates stores;

    private static volatile String frameworkVersionId;
    private static KafkaProducer<String, String> producer;

    /** A cycle of the council, opened on the assessment topic and seen by the service. */
    public String cycle(String council) {
        String framework = framework();
        String cycleId = UUID.randomUUID().toString();
        ObjectNode data = mapper.createObjectNode().put("cycleId", cycleId).put("year", 2024)
                .put("title", "Best Value self-assessment 2024").put("frameworkVersionId", framework);
        data.putNull("carriedForwardFrom");
        publish("bv.assessment.events", event("CycleOpened", council, "cycle", cycleId, data));
        awaitRow("SELECT 1 FROM catalogue_cycle WHERE council_id = $1 AND cycle_id = $2", Tuple.of(council, cycleId));
        return cycleId;
    }

    private synchronized String framework() {
        if (frameworkVersionId != null) return frameworkVersionId;
        String id = UUID.randomUUID().toString();
        ObjectNode data = mapper.createObjectNode().put("frameworkVersionId", id).put("name", "Best Value Duty statutory guidance")
                .put("label", "statutory-2024");
        data.putNull("predecessorId");
        ArrayNode themes = data.putArray("themes");
        themes.addObject().put("code", "CI").put("title", "Continuous Improvement").put("order", 1);
        themes.addObject().put("code", "L").put("title", "Leadership").put("order", 2);
        themes.addObject().put("code", "G").put("title", "Governance").put("order", 3);
        ArrayNode chars = data.putArray("characteristics");
        String[][] cs = {{"CI010", "CI"}, {"CI011", "CI"}, {"CI012", "CI"}, {"L001", "L"}, {"L002", "L"}, {"G001", "G"}, {"G002", "G"}};
        int order = 1;
        for (String[] c : cs) {
            ObjectNode n = chars.addObject().put("code", c[0]).put("themeCode", c[1]).put("title", "Characteristic " + c[0])
                    .put("description", "…").put("order", order++);
            if (c[0].equals("G002")) n.put("crossReferenceTo", "CI012");
            else n.putNull("crossReferenceTo");
        }
        data.putArray("mapping");
        publish("bv.assessment.events", event("FrameworkVersionImported", COUNCIL, "framework", id, data));
        awaitRow("SELECT 1 FROM catalogue_characteristic WHERE framework_version_id = $1", Tuple.of(id));
        frameworkVersionId = id;
        return id;
    }

    /** An opportunity raised by a planner on a characteristic of the cycle. */
    public String opportunity(String council, String cycleId, String code) {
        String id = ActionAggregates.opportunityId(council, cycleId, code);
        stores.raise(ctx(council, PLANNER), id, new OpportunityCommand.RaiseOpportunity(id, cycleId, code,
                        new CatalogueEntry(code, "CI", code, null), "Gap on " + code))
                .await().atMost(Duration.ofSeconds(10));
        return id;
    }

    /** A new cycle of the council with an opportunity raised by a planner on each characteristic, in the order given. */
    public Opportunities opportunities(String council, String... codes) {
        String cycleId = cycle(council);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String code : codes) ids.put(code, opportunity(council, cycleId, code));
        return new Opportunities(cycleId, ids);
    }

    /** A cycle and the ids of its opportunities by characteristic code. */
    public record Opportunities(String cycle, Map<String, String> byCode) {
        public String on(String code) {
            String id = byCode.get(code);
            if (id == null) throw new IllegalArgumentException("no opportunity on " + code + " in " + byCode.keySet());
            return id;
        }
    }

    /** An opportunity on a characteristic of a new cycle of the council. */
    public String opportunity(String council, String code) {
        return opportunity(council, cycle(council), code);
    }

    /** An action under the opportunity with the given officers and (optional) dates. */
    public String action(String council, String opportunityId, List<String> officers, LocalDate start, LocalDate end) {
        var opp = stores.opportunities().require(council, opportunityId).await().atMost(Duration.ofSeconds(10)).state();
        String id = UUID.randomUUID().toString();
        stores.plan(ctx(council, PLANNER), id, new ActionCommand.PlanAction(id, opportunityId, opp.cycleId(),
                        opp.characteristicCode(), "Action for " + opp.characteristicCode(), officers, "Corporate Policy", "2024-Q4",
                        start, end))
                .await().atMost(Duration.ofSeconds(10));
        return id;
    }

    /** An action under the opportunity with the given officers and no dates yet. */
    public String action(String council, String opportunityId, String... officers) {
        return action(council, opportunityId, List.of(officers), null, null);
    }

    /** Runs a command on an action as a user (e.g. to get it into a state before the test's request). */
    public void onAction(String council, String actor, String actionId, ActionCommand command) {
        stores.onAction(ctx(council, actor), actionId, EventStore.ANY_VERSION, command)
                .await().atMost(Duration.ofSeconds(10));
    }

    public EventEnvelope event(String type, String council, String streamType, String streamId, ObjectNode data) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, council, streamType, streamId, 1, Instant.now(), "user-x",
                UUID.randomUUID().toString(), null, data);
    }

    /** Sends a structured CloudEvent with a plain Kafka producer, as another service's relay does. */
    public void publish(String topic, EventEnvelope e) {
        String source = topic.contains("assessment") ? "/bestvalue/assessment-service" : "/bestvalue/scoring-service";
        publishRaw(topic, e.streamId(), CloudEvents.toJson(e, source, mapper).toString());
    }

    public void publishRaw(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public boolean exists(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).await().atMost(Duration.ofSeconds(10)).size() > 0;
    }

    public void awaitRow(String sql, Tuple params) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> exists(sql, params));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    private static CommandContext ctx(String council, String actor) {
        return new CommandContext(council, actor, null, null, null, TestClock.START);
    }
}
