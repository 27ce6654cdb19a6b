import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Creates the suite's topics with their explicit partition counts (topics.txt), idempotently, in one JVM
 * with Kafka's AdminClient. A topic that exists with fewer partitions is grown (never shrunk: Kafka
 * cannot). Run as a single-file program on the broker's classpath:
 * {@code java -cp <kafka classpath> CreateTopics.java <bootstrap> <topics.txt> [replication]}.
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        short replication = args.length > 2 ? Short.parseShort(args[2]) : 1;
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+");
            wanted.put(parts[0], Integer.parseInt(parts[1]));
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            var toCreate = wanted.entrySet().stream().filter(e -> !existing.contains(e.getKey()))
                    .map(e -> new NewTopic(e.getKey(), e.getValue(), replication)).toList();
            if (!toCreate.isEmpty()) admin.createTopics(toCreate).all().get(60, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = describe(admin, wanted.keySet());
            Map<String, NewPartitions> grow = new LinkedHashMap<>();
            for (var e : wanted.entrySet()) {
                int has = described.get(e.getKey()).partitions().size();
                if (has < e.getValue()) grow.put(e.getKey(), NewPartitions.increaseTo(e.getValue()));
            }
            if (!grow.isEmpty()) admin.createPartitions(grow).all().get(60, TimeUnit.SECONDS);
            for (var e : wanted.entrySet()) {
                boolean created = toCreate.stream().anyMatch(t -> t.name().equals(e.getKey()));
                int partitions = Math.max(e.getValue(), described.get(e.getKey()).partitions().size());
                System.out.printf("topic %-22s partitions %d %s%n", e.getKey(), partitions,
                        created ? "(created)" : grow.containsKey(e.getKey()) ? "(grown)" : "(exists)");
            }
        }
    }

    // A topic just created may not be in the broker's metadata yet ("does not host this topic-partition"): ask again.
    private static Map<String, TopicDescription> describe(Admin admin, Set<String> topics) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) || attempt == 30) throw e;
                Thread.sleep(1000);
            }
        }
    }
}
