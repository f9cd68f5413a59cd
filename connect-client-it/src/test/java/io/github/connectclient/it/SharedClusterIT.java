package io.github.connectclient.it;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testkit.ConnectClusterTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the integration tests that share one real 2-worker cluster for the whole run. Gives each
 * class a client pointed at the leader, one pointed at the follower (so writes are forwarded by the
 * server), and helpers for connector configs. Tests that kill or add workers start their own
 * cluster instead.
 */
@ConnectClusterTest(workers = 2, shared = true)
abstract class SharedClusterIT {

  static ConnectCluster cluster;
  static ConnectClient leader;
  static ConnectClient follower;

  @BeforeAll
  static void connect(ConnectCluster shared) {
    cluster = shared;
    int leaderIndex = shared.leaderIndex();
    leader = client(shared.workerUrl(leaderIndex));
    follower = client(shared.workerUrl(1 - leaderIndex));
  }

  @AfterAll
  static void disconnect() {
    leader.close();
    follower.close();
  }

  static ConnectClient client(String url) {
    return ConnectClient.builder().url(url).retryPolicy(RetryPolicy.defaults()).build();
  }

  /** A connector name unique to this run, readable in logs. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A FileStreamSource config reading {@code file} into {@code topic}. */
  static Map<String, String> fileSource(Path file, String topic) {
    return Map.of(
        "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
        "tasks.max", "1",
        "file", file.toString(),
        "topic", topic,
        "key.converter", "org.apache.kafka.connect.storage.StringConverter",
        "value.converter", "org.apache.kafka.connect.storage.StringConverter");
  }

  /** A FileStreamSink config writing {@code topic} into {@code file}. */
  static Map<String, String> fileSink(String topic, Path file) {
    return Map.of(
        "connector.class", "org.apache.kafka.connect.file.FileStreamSinkConnector",
        "tasks.max", "1",
        "file", file.toString(),
        "topics", topic,
        "key.converter", "org.apache.kafka.connect.storage.StringConverter",
        "value.converter", "org.apache.kafka.connect.storage.StringConverter");
  }
}
