package io.github.connectclient.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code worker-N.properties} of a distributed Connect worker (tuned for tests, see
 * docs/testkit.md).
 */
final class WorkerConfig {

  static final String GROUP_ID = "connect-testkit";

  private WorkerConfig() {}

  static Map<String, String> defaults(
      String bootstrapServers, String scheme, String host, int port, String pluginPath) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", GROUP_ID);
    config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("config.storage.topic", "connect-configs");
    config.put("config.storage.replication.factor", "1");
    config.put("offset.storage.topic", "connect-offsets");
    config.put("offset.storage.replication.factor", "1");
    config.put("status.storage.topic", "connect-status");
    config.put("status.storage.replication.factor", "1");
    // One partition each instead of 25 and 5: every worker reads these topics to their end before
    // it joins the group, and the broker creates each partition's log first (~1 s of a start).
    config.put("offset.storage.partitions", "1");
    config.put("status.storage.partitions", "1");
    config.put("offset.flush.interval.ms", "1000");
    config.put("listeners", scheme + "://" + host + ":" + port);
    // Without these, requests forwarded to the leader go to the wrong place.
    config.put("rest.advertised.listener", scheme);
    config.put(
        "rest.advertised.host.name",
        host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    config.put("rest.advertised.port", Integer.toString(port));
    // Plugins on the classpath are found through ServiceLoader; skips a ~4 s reflective scan per
    // worker.
    // The user's plugins get ServiceLoader manifests when they are installed (KafkaTools).
    config.put("plugin.discovery", "service_load");
    if (pluginPath != null) {
      config.put("plugin.path", pluginPath);
    }
    // A worker usually starts before the broker listens: retry every 100 ms, not backing off to
    // 1 s (the cluster id lookup, then the worker's own clients).
    config.put("reconnect.backoff.max.ms", "100");
    // A dead worker's connectors and tasks move after 10 s instead of 5 minutes.
    config.put("scheduled.rebalance.max.delay.ms", "10000");
    // Every connector create/delete is a rebalance; with the default 3 s heartbeat each next write
    // waits ~3 s.
    config.put("heartbeat.interval.ms", "500");
    return config;
  }
}
