package io.github.connectclient.testkit;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The child JVMs of one cluster and their life cycle: starts the broker and the workers in order
 * (once), waits until they are ready, finds and measures them, and stops them when the cluster is
 * closed. Not thread-safe: {@link ConnectCluster} calls it under its lock.
 */
final class ClusterProcesses {

  /** How long a graceful stop waits before it kills the process. */
  static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(ConnectCluster.class.getName());

  private final ClusterSettings settings;
  private final Path directory;
  private final String host = FreePorts.loopbackHost();
  private final List<Worker> workers = new ArrayList<>();
  private ClusterLauncher launcher;
  private KafkaTools tools;
  private ChildProcess broker;
  private HealthCheck healthCheck;
  private String bootstrapServers;
  private Duration startupDuration;
  private boolean started;
  private boolean closed;

  /** The processes of a cluster in {@code settings}' directory ({@link ClusterDirectory}). */
  ClusterProcesses(ClusterSettings settings) {
    this.settings = settings;
    this.directory = ClusterDirectory.resolve(settings.logDirectory());
  }

  /** The Kafka release of the cluster. */
  KafkaRelease release() {
    return launcher != null ? launcher.jvm().distribution().release() : settings.kafka();
  }

  /** The cluster directory, absolute. */
  Path directory() {
    return directory;
  }

  /**
   * Starts the broker and the workers and returns once every worker answers {@code GET /health}
   * with 200; on failure closes again what was started.
   *
   * @throws ConnectClusterException if a process exits or is not ready within the startup timeout
   * @throws IllegalStateException if this was already started
   */
  void start() {
    if (started) {
      throw new IllegalStateException("The cluster was already started (" + directory + ")");
    }
    started = true;
    long begin = System.nanoTime();
    try {
      launch(settings.startupTimeout());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    startupDuration = Duration.ofNanos(System.nanoTime() - begin);
    LOG.log(
        Level.INFO,
        "Connect cluster with {0} workers ready in {1} ms; logs in {2}",
        workers.size(),
        startupDuration.toMillis(),
        directory);
  }

  /** How long {@link #start()} took until every worker was healthy; null before it finished. */
  Duration startupDuration() {
    return startupDuration;
  }

  /**
   * This, once {@link #start()} was called and {@link #close()} was not.
   *
   * @throws IllegalStateException otherwise
   */
  ClusterProcesses requireStarted() {
    if (!started || closed) {
      throw new IllegalStateException(closed ? "The cluster is closed" : "Call start() first");
    }
    return this;
  }

  /**
   * Prepares the cluster directory, starts the broker and the workers, and returns once every
   * worker answers {@code GET /health} with 200. What was started before a failure stays running
   * for {@link #close()}.
   *
   * @throws ConnectClusterException if a process exits or is not ready within {@code timeout}
   */
  private void launch(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ClusterDirectory.prepare(directory);
    launcher = new ClusterLauncher(settings, directory, host);

    List<Integer> ports = FreePorts.allocate(2 + settings.workers());
    bootstrapServers = host + ":" + ports.get(0);
    tools = new KafkaTools(launcher.jvm(), directory, bootstrapServers);
    Path brokerProperties = launcher.writeBrokerProperties(ports.get(0), ports.get(1));
    // The broker's JVM formats its storage first: no JVM of its own for the format.
    broker = launcher.startBroker(brokerProperties);
    launcher.installPlugins(tools);
    // The workers' JVM start-up (~3 s of CPU) overlaps the broker's: a worker waits for the broker
    // by itself.
    for (int i = 0; i < settings.workers(); i++) {
      workers.add(launcher.startWorker(i, ports.get(2 + i), bootstrapServers));
    }
    // Built while the children start: a new HttpClient loads the TLS trust store (~0.5 s).
    healthCheck = HealthCheck.of(settings, launcher.jvm().distribution().release());
    awaitBroker(remaining(deadline), timeout);
    for (Worker worker : workers) {
      healthCheck.await(worker, remaining(deadline), timeout);
    }
  }

  /**
   * Starts one more worker in the group and waits up to the startup timeout until it is healthy.
   *
   * @throws ConnectClusterException if it exits or is not healthy in time
   */
  Worker addWorker() {
    Duration timeout = settings.startupTimeout();
    Worker worker =
        launcher.startWorker(workers.size(), FreePorts.allocate(1).get(0), bootstrapServers);
    workers.add(worker);
    healthCheck.await(worker, timeout, timeout);
    return worker;
  }

  /**
   * Starts stopped worker {@code index} again on its own port and waits up to the startup timeout
   * until it is healthy.
   *
   * @throws IllegalStateException if it is still running
   * @throws ConnectClusterException if it exits or is not healthy in time
   */
  Worker startAgain(int index) {
    Worker stopped = worker(index);
    if (stopped.isAlive()) {
      throw new IllegalStateException("worker-" + index + " is running: stop it first");
    }
    Duration timeout = settings.startupTimeout();
    int port = java.net.URI.create(stopped.url()).getPort();
    Worker worker = launcher.startWorker(index, port, bootstrapServers);
    workers.set(index, worker);
    healthCheck.await(worker, timeout, timeout);
    return worker;
  }

  /** The broker's address for Kafka clients; null before {@link #start()}. */
  String bootstrapServers() {
    return bootstrapServers;
  }

  /** Topics, producing and consuming on this cluster; null before {@link #start()}. */
  KafkaTools tools() {
    return tools;
  }

  /** Every worker started so far, running or not, in index order. */
  List<Worker> workers() {
    return Collections.unmodifiableList(workers);
  }

  /** The base URLs of {@link #running()}. */
  List<String> runningUrls() {
    return running().stream().map(Worker::url).collect(Collectors.toList());
  }

  /** The workers whose process is alive, in index order. */
  List<Worker> running() {
    return workers.stream().filter(Worker::isAlive).collect(Collectors.toList());
  }

  /**
   * Worker {@code index}, running or not.
   *
   * @throws IndexOutOfBoundsException if there never was such a worker
   */
  Worker worker(int index) {
    if (index < 0 || index >= workers.size()) {
      throw new IndexOutOfBoundsException(
          "No worker " + index + "; workers are 0.." + (workers.size() - 1));
    }
    return workers.get(index);
  }

  /**
   * The summed resident set size of the running broker and workers; empty without {@code /proc}.
   */
  OptionalLong rssBytes() {
    long total = 0;
    boolean any = false;
    for (ChildProcess process : all()) {
      OptionalLong rss = process.rssBytes();
      if (rss.isPresent()) {
        total += rss.getAsLong();
        any = true;
      }
    }
    return any ? OptionalLong.of(total) : OptionalLong.empty();
  }

  /**
   * Stops the workers (gracefully, in parallel), then the broker, and deletes the broker's data.
   * Idempotent.
   */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    workers.parallelStream().forEach(w -> w.process().stop(STOP_GRACE));
    if (broker != null) {
      broker.stop(STOP_GRACE);
    }
    ClusterDirectory.deleteBrokerData(directory);
  }

  /** The workers' URLs, the broker's address and the directory, for {@link ConnectCluster}. */
  @Override
  public String toString() {
    return "workers="
        + workers.stream().map(Worker::url).collect(Collectors.toList())
        + ", bootstrapServers="
        + bootstrapServers
        + ", logDirectory="
        + directory;
  }

  /** A worker that dies meanwhile (a bad worker property) fails the start at once. */
  private void awaitBroker(Duration wait, Duration timeout) {
    boolean brokerUp =
        Poll.until(
            wait,
            () ->
                !broker.isAlive()
                    || deadWorker().isPresent()
                    || broker.logText().contains("Kafka Server started"));
    if (!brokerUp || !broker.isAlive()) {
      throw broker.failure(
          broker.isAlive()
              ? "The broker did not start within " + timeout
              : "The broker exited with " + broker.exitValue());
    }
  }

  private Optional<Worker> deadWorker() {
    return workers.stream().filter(w -> !w.isAlive()).findFirst();
  }

  private List<ChildProcess> all() {
    List<ChildProcess> all = new ArrayList<>();
    if (broker != null) {
      all.add(broker);
    }
    workers.forEach(w -> all.add(w.process()));
    return all;
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }
}
