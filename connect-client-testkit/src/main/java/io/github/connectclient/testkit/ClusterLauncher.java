package io.github.connectclient.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches the child JVMs of one cluster on the Kafka classpath, each with its generated {@code
 * .properties} and its log in the cluster directory: the KRaft storage formatting, the broker and
 * the workers. It does not wait for them to be ready; {@link ClusterProcesses} does.
 */
final class ClusterLauncher {

  private final ClusterSettings settings;
  private final Path directory;
  private final String host;
  private final KafkaJvm jvm;
  private Path pluginPath;
  private final Map<Integer, Path> workerPluginPaths = new HashMap<>();

  /** Writes the children's classpath and log configurations into {@code directory}. */
  ClusterLauncher(ClusterSettings settings, Path directory, String host) {
    this.settings = settings;
    this.directory = directory;
    this.host = host;
    KafkaRelease release = settings.kafka();
    this.jvm = new KafkaJvm(directory, KafkaDistribution.of(release, MavenResolver.shared()));
  }

  /** The command lines of the children, for the short-lived Kafka tools too. */
  KafkaJvm jvm() {
    return jvm;
  }

  /** Writes {@code broker.properties}: the testkit's defaults, then the builder's entries. */
  Path writeBrokerProperties(int brokerPort, int controllerPort) {
    Map<String, String> brokerConfig =
        BrokerConfig.defaults(
            jvm.distribution().release(),
            host,
            brokerPort,
            controllerPort,
            directory.resolve(ClusterDirectory.BROKER_DATA));
    brokerConfig.putAll(settings.brokerProperties());
    Path brokerProperties = directory.resolve("broker.properties");
    PropertiesFile.write(brokerProperties, brokerConfig);
    return brokerProperties;
  }

  /**
   * Lays out the user's plugins under {@code plugins/} (those of one worker under {@code
   * plugins-worker-N/}) and gives them ServiceLoader manifests with Kafka's own {@code
   * connect-plugin-path sync-manifests} (most plugins have none, and the workers discover plugins
   * by manifest: a reflective scan would cost each worker seconds). Nothing happens without user
   * plugins.
   *
   * @throws ConnectClusterException if a plugin cannot be found or resolved, or the tool fails
   */
  void installPlugins(KafkaTools tools) {
    List<Path> roots = new ArrayList<>();
    if (!settings.plugins().isEmpty()) {
      pluginPath = install("plugins", settings.plugins());
      roots.add(pluginPath);
    }
    settings
        .workerPlugins()
        .forEach(
            (worker, plugins) -> {
              Path root = install("plugins-worker-" + worker, plugins);
              workerPluginPaths.put(worker, root);
              roots.add(root);
            });
    if (!roots.isEmpty()) {
      tools.syncPluginManifests(roots);
    }
  }

  private Path install(String name, List<PluginSource> plugins) {
    return new PluginInstaller(directory.resolve(name), MavenResolver.shared()).install(plugins);
  }

  /**
   * {@code plugin.path} of worker {@code index}: the shared plugins, then its own; null if none.
   */
  private String pluginPath(int index) {
    List<String> paths = new ArrayList<>();
    if (pluginPath != null) {
      paths.add(pluginPath.toString());
    }
    if (workerPluginPaths.containsKey(index)) {
      paths.add(workerPluginPaths.get(index).toString());
    }
    return paths.isEmpty() ? null : String.join(",", paths);
  }

  /**
   * Starts the broker, logging to {@code broker.log}. Its JVM first formats the KRaft storage with
   * a new cluster id ({@code kafka.tools.StorageTool}, which would cost a JVM start of its own); a
   * failed format ends the process with the tool's exit code and message.
   */
  ChildProcess startBroker(Path brokerProperties) {
    List<String> format =
        List.of(
            "format",
            "-t",
            BrokerConfig.randomClusterId(),
            "-c",
            brokerProperties.toString(),
            "--ignore-formatted");
    JvmCommand command =
        jvm.daemonAfterTool(
            "broker",
            "broker",
            "kafka.tools.StorageTool",
            format,
            "kafka.Kafka",
            brokerProperties.toString());
    return ChildProcess.start("broker", command, brokerLog(), directory);
  }

  /**
   * Writes {@code worker-<index>.properties} and starts that worker, listening on {@code port} and
   * logging to {@code worker-<index>.log}.
   */
  Worker startWorker(int index, int port, String bootstrapServers) {
    String name = "worker-" + index;
    String url = settings.scheme() + "://" + host + ":" + port;
    Map<String, String> workerConfig =
        WorkerConfig.defaults(bootstrapServers, settings.scheme(), host, port, pluginPath(index));
    workerConfig.putAll(settings.workerProperties());
    Path properties = directory.resolve(name + ".properties");
    PropertiesFile.write(properties, workerConfig);
    JvmCommand command =
        jvm.daemon(
            name,
            "worker",
            settings.workerJvmArguments(),
            "org.apache.kafka.connect.cli.ConnectDistributed",
            properties.toString());
    return new Worker(
        index, url, ChildProcess.start(name, command, directory.resolve(name + ".log"), directory));
  }

  private Path brokerLog() {
    return directory.resolve("broker.log");
  }
}
