package org.bestvalue.eventkit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Kafka broker (KRaft, combined broker + controller) inside the test JVM, started once
 * per JVM on a random port and handed to the application as {@code kafka.bootstrap.servers}.
 */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {
    private static KafkaClusterTestKit cluster;

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // The test kit registers its own shutdown hooks that delete the broker's folders. The JVM runs shutdown
            // hooks concurrently, so a deletion racing a broker that is still closing makes Kafka halt the JVM with
            // exit code 1 (all log dirs failed), and surefire reports the fork as crashed although every test passed.
            // So the kit's hooks are collected here and run by our one hook, after the broker has closed.
            List<Runnable> cleanUps = new ArrayList<>();
            Exit.setShutdownHookAdder((name, hook) -> cleanUps.add(hook));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeThenCleanUp(kit, cleanUps), "kafka-test-broker-close"));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
            } finally {
                Exit.resetShutdownHookAdder();
            }
        }
        return cluster.bootstrapServers();
    }

    private static void closeThenCleanUp(KafkaClusterTestKit kit, List<Runnable> cleanUps) {
        // The JVM is going away: a fatal error while closing must not turn a green test run into exit code 1.
        Exit.setHaltProcedure((code, message) -> System.err.println("in-JVM Kafka broker wanted to halt while closing: " + message));
        Exit.setExitProcedure((code, message) -> System.err.println("in-JVM Kafka broker wanted to exit while closing: " + message));
        try {
            kit.close();
        } catch (Exception e) {
            System.err.println("in-JVM Kafka broker did not close cleanly: " + e);
        }
        cleanUps.forEach(Runnable::run);
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; closed by the shutdown hook.
    }
}
