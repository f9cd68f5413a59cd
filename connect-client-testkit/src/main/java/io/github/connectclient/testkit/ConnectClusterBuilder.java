package io.github.connectclient.testkit;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a {@link ConnectCluster} ({@link ConnectCluster#builder()}); {@link #build()} returns
 * one that is not started yet. Not thread-safe.
 */
public final class ConnectClusterBuilder {

  private final ClusterSettings settings = new ClusterSettings();

  ConnectClusterBuilder() {}

  /**
   * The Apache Kafka release to run, any from {@code 3.6.0} on. Default: {@code
   * -Dconnect.testkit.kafka.version}, else {@code 4.3.1}, the newest release whose artifacts all
   * resolve from Maven Central. Its jars are resolved when the cluster starts, through your {@code
   * settings.xml} (mirrors, credentials, local repository, offline mode), and cached.
   *
   * @param version the release, e.g. {@code 3.9.1}
   * @return this builder
   * @throws IllegalArgumentException if {@code version} is not {@code x.y.z} or older than 3.6.0; a
   *     version that does not exist fails {@link ConnectCluster#start()} with a message naming it
   */
  public ConnectClusterBuilder kafkaVersion(String version) {
    return set(() -> settings.kafkaVersion(version));
  }

  /**
   * A connector plugin of yours on every worker's {@code plugin.path}, isolated as Connect isolates
   * plugins: a jar, a directory of jars (or of classes), or a Confluent-Hub style zip. The files
   * are copied into the cluster directory; yours are never changed.
   *
   * @param plugin a jar, a directory of jars or a Confluent-Hub zip
   * @return this builder
   */
  public ConnectClusterBuilder plugin(Path plugin) {
    return set(() -> settings.plugin(new PluginSource.Local(plugin)));
  }

  /**
   * A plugin on worker {@code worker}'s {@code plugin.path} only (as {@link #plugin(Path)}), for
   * tests of a cluster whose workers differ, as they do while a plugin is being rolled out.
   *
   * @param worker the worker's index, from 0
   * @param plugin a jar, a directory of jars or a Confluent-Hub zip
   * @return this builder
   */
  public ConnectClusterBuilder workerPlugin(int worker, Path plugin) {
    return set(() -> settings.workerPlugin(worker, new PluginSource.Local(plugin)));
  }

  /**
   * A connector plugin from a Maven repository, {@code groupId:artifactId:version}, with its
   * runtime dependencies but Kafka's own ({@code org.apache.kafka}, {@code org.slf4j}), which the
   * worker provides.
   *
   * @param coordinates {@code groupId:artifactId:version}
   * @return this builder
   */
  public ConnectClusterBuilder pluginArtifact(String coordinates) {
    return set(() -> settings.plugin(new PluginSource.Artifact(coordinates)));
  }

  /**
   * The plugin your own Maven module builds: the classes directory (or jar) {@code pluginClass} was
   * loaded from, plus the runtime dependencies of the module's {@code pom.xml} (compile and runtime
   * scope; not Kafka's own), resolved as Maven would. For a jar from a repository, the dependencies
   * its {@code pom.properties} names.
   *
   * @param pluginClass a class of the plugin
   * @return this builder
   */
  public ConnectClusterBuilder pluginFromClasspath(Class<?> pluginClass) {
    Objects.requireNonNull(pluginClass, "pluginClass == null");
    ClassLoader loader =
        pluginClass.getClassLoader() != null
            ? pluginClass.getClassLoader()
            : ClassLoader.getSystemClassLoader();
    return set(() -> settings.plugin(new PluginSource.Classpath(pluginClass.getName(), loader)));
  }

  /**
   * {@link #pluginFromClasspath(Class)} by class name, found as a resource of the thread's context
   * class loader without loading it (the test's classpath need not have the Connect API).
   *
   * @param pluginClassName the fully qualified name of a class of the plugin
   * @return this builder
   */
  public ConnectClusterBuilder pluginFromClasspath(String pluginClassName) {
    Objects.requireNonNull(pluginClassName, "pluginClassName == null");
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader loader = context != null ? context : ConnectCluster.class.getClassLoader();
    return set(() -> settings.plugin(new PluginSource.Classpath(pluginClassName, loader)));
  }

  /**
   * How many workers {@link ConnectCluster#start()} starts (default 2); {@link
   * ConnectCluster#addWorker()} adds more.
   *
   * @param workers the number of workers, at least 1
   * @return this builder
   */
  public ConnectClusterBuilder workers(int workers) {
    return set(() -> settings.workers(workers));
  }

  /**
   * A worker config entry for every worker, over the testkit's defaults (docs/testkit.md).
   *
   * @param key the worker config key
   * @param value its value
   * @return this builder
   */
  public ConnectClusterBuilder workerProperty(String key, String value) {
    return set(() -> settings.workerProperty(key, value));
  }

  /**
   * {@link #workerProperty(String, String)} for each entry.
   *
   * @param properties the worker config entries
   * @return this builder
   */
  public ConnectClusterBuilder workerProperties(Map<String, String> properties) {
    return set(() -> settings.workerProperties(properties));
  }

  /**
   * A broker config entry, overriding the testkit's defaults.
   *
   * @param key the broker config key
   * @param value its value
   * @return this builder
   */
  public ConnectClusterBuilder brokerProperty(String key, String value) {
    return set(() -> settings.brokerProperty(key, value));
  }

  /**
   * An extra argument for every worker JVM, e.g. {@code
   * -Djava.security.auth.login.config=/path/jaas.conf}.
   *
   * @param argument the JVM argument
   * @return this builder
   */
  public ConnectClusterBuilder workerJvmArgument(String argument) {
    return set(() -> settings.workerJvmArgument(argument));
  }

  /**
   * {@code -Dkey=value} for every worker JVM.
   *
   * @param key the system property's name
   * @param value its value
   * @return this builder
   */
  public ConnectClusterBuilder workerSystemProperty(String key, String value) {
    return set(() -> settings.workerSystemProperty(key, value));
  }

  /**
   * {@code http} (default) or {@code https}: the scheme of each worker's listener, of {@code
   * rest.advertised.listener} and of {@link ConnectCluster#workerUrl(int)}. For https, also set the
   * {@code listeners.https.ssl.*} worker properties and a {@link #healthCheckClient(HttpClient)}
   * that trusts the workers' certificate.
   *
   * @param scheme {@code http} or {@code https}
   * @return this builder
   */
  public ConnectClusterBuilder workerListenerScheme(String scheme) {
    return set(() -> settings.workerListenerScheme(scheme));
  }

  /**
   * The client that polls {@code GET /health} during start-up (e.g. one with an SSLContext).
   *
   * @param client the client, e.g. one that trusts the workers' certificate
   * @return this builder
   */
  public ConnectClusterBuilder healthCheckClient(HttpClient client) {
    return set(() -> settings.healthCheckClient(client));
  }

  /**
   * A header sent with each health check, e.g. {@code Authorization} for a REST extension.
   *
   * @param name the header's name
   * @param value its value
   * @return this builder
   */
  public ConnectClusterBuilder healthCheckHeader(String name, String value) {
    return set(() -> settings.healthCheckHeader(name, value));
  }

  /**
   * The directory for this cluster's logs, configs and data. Default: a new directory under {@code
   * target/connect-cluster/} (or {@code -Dconnect.testkit.dir}).
   *
   * @param directory the directory; created if missing
   * @return this builder
   */
  public ConnectClusterBuilder logDirectory(Path directory) {
    return set(() -> settings.logDirectory(directory));
  }

  /**
   * How long {@link ConnectCluster#start()} (and {@link ConnectCluster#addWorker()}) may take
   * (default 120 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ConnectClusterBuilder startupTimeout(Duration timeout) {
    return set(() -> settings.startupTimeout(timeout));
  }

  /** Hands one value over to the settings, which check and keep it. */
  private ConnectClusterBuilder set(Runnable change) {
    change.run();
    return this;
  }

  /**
   * A new cluster, not started.
   *
   * @return a new cluster, not started
   */
  public ConnectCluster build() {
    return new ConnectCluster(settings.copy());
  }
}
