package io.github.connectclient.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A real Kafka Connect cluster for tests: one KRaft broker and N distributed Connect workers of any
 * Apache Kafka release from 3.6.0 on (default 4.3.1), each a child JVM on loopback with free ports,
 * running on a classpath of Kafka's own dependencies only, resolved at run time with Maven Resolver
 * and the user's {@code settings.xml}. The user's own connector plugins go on every worker's {@code
 * plugin.path}.
 *
 * <pre>{@code
 * try (ConnectCluster cluster = ConnectCluster.builder().workers(2).build()) {
 *     cluster.start();
 *     String url = cluster.workerUrl(0);   // http://127.0.0.1:PORT
 *     ...
 * }
 * }</pre>
 *
 * <p>Each process logs to its own file in {@link #logDirectory()}. The children exit when this JVM
 * does, even when it is killed. Methods are thread-safe (they run one at a time). With JUnit 5,
 * {@link ConnectClusterTest} starts one for a test class.
 */
public final class ConnectCluster implements AutoCloseable {

  private final ClusterProcesses processes;

  ConnectCluster(ClusterSettings settings) {
    this.processes = new ClusterProcesses(settings);
  }

  /**
   * {@return a new builder with two workers, plain HTTP, logs under {@code
   * target/connect-cluster/}}
   */
  public static ConnectClusterBuilder builder() {
    return new ConnectClusterBuilder();
  }

  /**
   * Starts the broker and the workers; returns once every worker answers {@code GET /health} 200.
   *
   * @throws ConnectClusterException if a process exits or is not ready within the startup timeout
   *     (the message holds the tail of its log); whatever was started is stopped again
   * @throws IllegalStateException if the cluster was already started
   */
  public synchronized void start() {
    processes.start();
  }

  /**
   * {@return the base URLs of the running workers in index order, e.g} {@code
   * http://127.0.0.1:40579} ({@code https://...} with {@link
   * ConnectClusterBuilder#workerListenerScheme(String)}).
   */
  public synchronized List<String> workerUrls() {
    return processes.runningUrls();
  }

  /**
   * {@return the base URL of worker {@code index}, whether it is running or not (no trailing
   * slash)}
   *
   * @param index the worker's index, from 0
   * @throws IndexOutOfBoundsException if there never was such a worker
   */
  public synchronized String workerUrl(int index) {
    return processes.worker(index).url();
  }

  /**
   * {@return how many workers were started so far, running or not (indexes {@code
   * 0..workerCount()-1})}
   */
  public synchronized int workerCount() {
    return processes.workers().size();
  }

  /** {@return the Apache Kafka release this cluster runs (or will run), e.g} {@code 4.3.1}. */
  public synchronized String kafkaVersion() {
    return processes.release().version();
  }

  /** {@return the broker's address for Kafka clients, e.g} {@code 127.0.0.1:39431}. */
  public synchronized String bootstrapServers() {
    return processes.requireStarted().bootstrapServers();
  }

  /**
   * {@return whether worker {@code index}'s process is alive}
   *
   * @param index the worker's index, from 0
   */
  public synchronized boolean isRunning(int index) {
    return processes.worker(index).isAlive();
  }

  /**
   * Stops worker {@code index} gracefully (SIGTERM: it leaves the group and its work moves at
   * once), waiting up to 30 s before killing it.
   *
   * @param index the worker's index, from 0
   */
  public synchronized void stopWorker(int index) {
    processes.worker(index).process().stop(ClusterProcesses.STOP_GRACE);
  }

  /**
   * Starts worker {@code index} again after {@link #stopWorker(int)} or {@link #killWorker(int)}:
   * same index, same port (so {@link #workerUrl(int)} stays the same, as for a rolling restart),
   * same properties, its output appended to the same log. Returns once it answers {@code GET
   * /health} 200.
   *
   * @param index the worker's index, from 0
   * @throws IllegalStateException if the worker is still running
   * @throws ConnectClusterException if it does not become healthy within the startup timeout
   */
  public synchronized void startWorker(int index) {
    processes.requireStarted().startAgain(index);
  }

  /**
   * Kills worker {@code index} like {@code kill -9}: no goodbye to the group, which notices after
   * {@code session.timeout.ms} (10 s); its connectors and tasks move after {@code
   * scheduled.rebalance.max.delay.ms} (10 s here) more. Returns once the process is gone.
   *
   * @param index the worker's index, from 0
   */
  public synchronized void killWorker(int index) {
    processes.worker(index).process().kill();
  }

  /**
   * Starts one more worker in the same group; returns once it answers {@code GET /health} 200.
   *
   * @return the new worker's index
   * @throws ConnectClusterException if it does not become healthy within the startup timeout
   */
  public synchronized int addWorker() {
    return processes.requireStarted().addWorker().index();
  }

  /**
   * {@return the index of the group leader, once every running worker's latest rebalance names the
   * same leader (waits up to 60 s)} Read from the workers' logs: the REST API does not say who
   * leads.
   *
   * @throws ConnectClusterException if the running workers do not agree in time
   */
  public synchronized int leaderIndex() {
    return GroupLeader.await(processes.requireStarted().running(), GroupLeader.TIMEOUT).index();
  }

  /**
   * {@link #workerUrl(int)} of {@link #leaderIndex()}.
   *
   * @return the base URL of the group leader
   */
  public synchronized String leaderUrl() {
    return workerUrl(leaderIndex());
  }

  /**
   * Creates a topic with replication factor 1 (Kafka's {@code TopicCommand} in a child JVM, ~2 s).
   *
   * @param name the topic's name
   * @param partitions the number of partitions, at least 1
   * @throws ConnectClusterException if the tool fails, for instance because the topic exists
   */
  public synchronized void createTopic(String name, int partitions) {
    Objects.requireNonNull(name, "name == null");
    processes.requireStarted().tools().createTopic(name, partitions);
  }

  /**
   * Produces one record per value, without key, and waits for each acknowledgement (Kafka's {@code
   * ConsoleProducer} in a child JVM). A missing topic is created with the broker's defaults.
   *
   * @param topic the topic's name
   * @param values the record values, one line each, not null
   * @throws IllegalArgumentException if a value is null or contains a line break
   */
  public synchronized void produce(String topic, List<String> values) {
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(values, "values == null");
    processes.requireStarted().tools().produce(topic, values);
  }

  /**
   * Reads up to {@code count} record values from the beginning of {@code topic} (Kafka's {@code
   * ConsoleConsumer} in a child JVM), a null value as {@code "null"}: returns once {@code count}
   * arrived, or fewer once no new record came for {@code timeout} (plus 5 s to join its group).
   *
   * @param topic the topic's name
   * @param count how many values to read at most
   * @param timeout how long to wait for a new record before returning fewer
   * @return the values read, in order, at most {@code count}
   */
  public synchronized List<String> consume(String topic, int count, Duration timeout) {
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(timeout, "timeout == null");
    return processes.requireStarted().tools().consume(topic, count, timeout);
  }

  /**
   * {@return the summed resident set size of the running broker and workers ({@code VmRSS} of
   * {@code /proc/<pid>/status}); empty where {@code /proc} is not available}
   */
  public synchronized OptionalLong clusterRssBytes() {
    return processes.rssBytes();
  }

  /**
   * {@return how long {@link #start()} took until every worker was healthy; null before it
   * finished}
   */
  public synchronized Duration startupDuration() {
    return processes.startupDuration();
  }

  /**
   * {@return the directory of this cluster: {@code broker.log}, {@code worker-N.log}, the generated
   * {@code .properties}, the Kafka tools' output under {@code tools/}}
   */
  public Path logDirectory() {
    return processes.directory();
  }

  /** Stops the workers (gracefully, in parallel), then the broker; deletes its data. Idempotent. */
  @Override
  public synchronized void close() {
    processes.close();
  }

  @Override
  public String toString() {
    return "ConnectCluster{" + processes + "}";
  }
}
