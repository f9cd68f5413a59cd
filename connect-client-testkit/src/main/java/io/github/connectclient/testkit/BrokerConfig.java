package io.github.connectclient.testkit;

import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code server.properties} of the single-node KRaft broker (broker and controller in one process),
 * and the cluster id its storage is formatted with.
 */
final class BrokerConfig {

  private BrokerConfig() {}

  static Map<String, String> defaults(
      KafkaRelease release, String host, int brokerPort, int controllerPort, Path dataDirectory) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
    config.put(
        "listeners",
        "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("log.dirs", dataDirectory.toString());
    config.put("auto.create.topics.enable", "true");
    config.put("num.partitions", "1");
    // One broker: every internal topic with replication factor 1, and no wait before the first
    // rebalance.
    config.put("offsets.topic.replication.factor", "1");
    // The group coordinator's topic, created when the workers first look for their coordinator.
    config.put("offsets.topic.num.partitions", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    if (release.atLeast(4, 0)) {
      // The share-group coordinator (KIP-932) came with 4.0; 3.x would warn about unknown keys.
      config.put("share.coordinator.state.topic.replication.factor", "1");
      config.put("share.coordinator.state.topic.min.isr", "1");
    }
    config.put("group.initial.rebalance.delay.ms", "0");
    // The log cleaner (Connect's topics are compacted) would otherwise take a 128 MB buffer of the
    // 384 MB heap.
    config.put("log.cleaner.dedupe.buffer.size", "2097152");
    return config;
  }

  /**
   * A random KRaft cluster id: a UUID in URL-safe base64 without padding, not starting with '-' (as
   * Kafka's).
   */
  static String randomClusterId() {
    while (true) {
      UUID uuid = UUID.randomUUID();
      byte[] bytes = new byte[16];
      for (int i = 0; i < 8; i++) {
        bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
        bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
      }
      String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (!id.startsWith("-")) {
        return id;
      }
    }
  }
}
