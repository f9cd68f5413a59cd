package io.github.connectclient.testkit;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values a {@link ConnectClusterBuilder} collects, with their defaults and their checks; each
 * cluster gets its own {@link #copy()}, which later builder calls do not change.
 */
final class ClusterSettings {

  private int workers = 2;
  private final Map<String, String> workerProperties = new LinkedHashMap<>();
  private final Map<String, String> brokerProperties = new LinkedHashMap<>();
  private final List<String> workerJvmArguments = new ArrayList<>();
  private String scheme = "http";
  private HttpClient healthCheckClient;
  private final Map<String, String> healthCheckHeaders = new LinkedHashMap<>();
  private Path logDirectory;
  private Duration startupTimeout = Duration.ofSeconds(120);
  private KafkaRelease kafka;
  private final List<PluginSource> plugins = new ArrayList<>();
  private final Map<Integer, List<PluginSource>> workerPlugins = new TreeMap<>();

  void workers(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers < 1: " + workers);
    }
    this.workers = workers;
  }

  void workerProperty(String key, String value) {
    workerProperties.put(
        Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
  }

  void workerProperties(Map<String, String> properties) {
    Objects.requireNonNull(properties, "properties == null").forEach(this::workerProperty);
  }

  void brokerProperty(String key, String value) {
    brokerProperties.put(
        Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
  }

  void workerJvmArgument(String argument) {
    workerJvmArguments.add(Objects.requireNonNull(argument, "argument == null"));
  }

  void workerSystemProperty(String key, String value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    workerJvmArgument("-D" + key + "=" + value);
  }

  void workerListenerScheme(String scheme) {
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("scheme must be http or https: " + scheme);
    }
    this.scheme = scheme;
  }

  void healthCheckClient(HttpClient client) {
    this.healthCheckClient = Objects.requireNonNull(client, "client == null");
  }

  void healthCheckHeader(String name, String value) {
    healthCheckHeaders.put(
        Objects.requireNonNull(name, "name == null"),
        Objects.requireNonNull(value, "value == null"));
  }

  void logDirectory(Path directory) {
    this.logDirectory = Objects.requireNonNull(directory, "directory == null");
  }

  void startupTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.startupTimeout = timeout;
  }

  void kafkaVersion(String version) {
    this.kafka = KafkaRelease.of(Objects.requireNonNull(version, "version == null"));
  }

  void plugin(PluginSource plugin) {
    plugins.add(plugin);
  }

  /**
   * The Kafka release: the builder's, else {@code -Dconnect.testkit.kafka.version}, else {@link
   * KafkaRelease#DEFAULT_VERSION}.
   */
  KafkaRelease kafka() {
    if (kafka != null) {
      return kafka;
    }
    String property = System.getProperty(KafkaRelease.VERSION_PROPERTY);
    return KafkaRelease.of(
        property == null || property.isBlank() ? KafkaRelease.DEFAULT_VERSION : property);
  }

  void workerPlugin(int worker, PluginSource plugin) {
    if (worker < 0) {
      throw new IllegalArgumentException("worker < 0: " + worker);
    }
    workerPlugins.computeIfAbsent(worker, w -> new ArrayList<>()).add(plugin);
  }

  /** Plugins of single workers, by worker index. */
  Map<Integer, List<PluginSource>> workerPlugins() {
    return Collections.unmodifiableMap(workerPlugins);
  }

  /** The user's plugins, in the order they were added. */
  List<PluginSource> plugins() {
    return Collections.unmodifiableList(plugins);
  }

  /** How many workers {@link ConnectCluster#start()} starts. */
  int workers() {
    return workers;
  }

  /** Worker config entries over the testkit's defaults. */
  Map<String, String> workerProperties() {
    return Collections.unmodifiableMap(workerProperties);
  }

  /** Broker config entries over the testkit's defaults. */
  Map<String, String> brokerProperties() {
    return Collections.unmodifiableMap(brokerProperties);
  }

  /** Extra arguments of every worker JVM. */
  List<String> workerJvmArguments() {
    return Collections.unmodifiableList(workerJvmArguments);
  }

  /** {@code http} or {@code https}: the workers' listener. */
  String scheme() {
    return scheme;
  }

  /** The client that polls {@code GET /health}; null for a default one. */
  HttpClient healthCheckClient() {
    return healthCheckClient;
  }

  /** Headers sent with each health check. */
  Map<String, String> healthCheckHeaders() {
    return Collections.unmodifiableMap(healthCheckHeaders);
  }

  /** The cluster directory; null for a new one ({@link ClusterDirectory#resolve(Path)}). */
  Path logDirectory() {
    return logDirectory;
  }

  /** How long a start (or adding a worker) may take. */
  Duration startupTimeout() {
    return startupTimeout;
  }

  /** A copy that changes to this one do not affect. */
  ClusterSettings copy() {
    ClusterSettings copy = new ClusterSettings();
    copy.workers = workers;
    copy.workerProperties.putAll(workerProperties);
    copy.brokerProperties.putAll(brokerProperties);
    copy.workerJvmArguments.addAll(workerJvmArguments);
    copy.scheme = scheme;
    copy.healthCheckClient = healthCheckClient;
    copy.healthCheckHeaders.putAll(healthCheckHeaders);
    copy.logDirectory = logDirectory;
    copy.startupTimeout = startupTimeout;
    copy.kafka = kafka;
    copy.plugins.addAll(plugins);
    workerPlugins.forEach((w, p) -> copy.workerPlugins.put(w, new ArrayList<>(p)));
    return copy;
  }
}
