package org.bestvalue.eventkit.instance;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.common.TopicPartition;
import org.bestvalue.eventkit.relay.OutboxRelay;
import org.bestvalue.eventkit.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which share of the work this instance has, when several instances of a service run: the Kafka partitions
 * its consumers are assigned (the group shares a topic's partitions among the instances), whether its outbox
 * relay took the relay lock (one relay publishes per database), and the leases it holds.
 */
@Path("/admin/instance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class InstanceResource {

    @Inject
    Instance<KafkaClientService> kafka;
    @Inject
    OutboxRelay relay;
    @Inject
    Instance<Lease> leases;
    @ConfigProperty(name = "quarkus.application.name")
    String service;
    /** The instance's name: the launcher's BV_INSTANCE (scoring-service-2), else the host name (the pod's). */
    @ConfigProperty(name = "eventkit.instance")
    Optional<String> name;

    /** This instance's relay: whether its latest pass held the lock, and when a pass last held it. */
    public record Relay(String topic, boolean holdsLock, Instant lockLastHeldAt) {
    }

    /** One instance's share: partitions per topic (sorted), the relay, each lease held or not. */
    public record InstanceShare(String service, String instance, long pid, Map<String, List<Integer>> partitions, Relay relay,
                                Map<String, Boolean> leases) {
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "This instance's share of the work: its Kafka partitions per topic, whether it holds the outbox relay, its leases")
    public InstanceShare instance() {
        Map<String, List<Integer>> partitions = new TreeMap<>();
        if (kafka.isResolvable()) {
            KafkaClientService clients = kafka.get();
            for (String channel : clients.getConsumerChannels()) {
                for (TopicPartition tp : clients.getConsumer(channel).getAssignments().await().atMost(Duration.ofSeconds(5))) {
                    partitions.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition());
                }
            }
            partitions.values().forEach(list -> list.sort(null));
        }
        Map<String, Boolean> held = new TreeMap<>();
        leases.forEach(lease -> held.put(lease.name(), lease.heldHere()));
        String instance = name.filter(s -> !s.isBlank()).orElseGet(() -> System.getenv().getOrDefault("HOSTNAME", "unnamed"));
        return new InstanceShare(service, instance, ProcessHandle.current().pid(), partitions,
                new Relay(relay.status().topic(), relay.holdsLock(), relay.lockLastHeldAt()), held);
    }
}
