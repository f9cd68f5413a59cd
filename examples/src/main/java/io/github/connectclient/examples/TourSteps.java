package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The steps of the Connect REST tutorial, each through the typed API, printing what it sees. Every
 * step starts with a header line {@code == N. Title (REST call)}.
 */
final class TourSteps {

  /** How long the tour waits for a state: generous, a create or delete is a rebalance. */
  static final Duration WAIT = Duration.ofSeconds(60);
  /** How many lines of a stack trace the tour prints. */
  static final int TRACE_LINES = 4;

  private static final String FILE_SOURCE =
      "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String FILE_SINK = "org.apache.kafka.connect.file.FileStreamSinkConnector";

  private final ConnectClient client;
  private final TourPlan plan;
  private final PrintStream out;
  private int step;

  TourSteps(ConnectClient client, TourPlan plan, PrintStream out) {
    this.client = client;
    this.plan = plan;
    this.out = out;
  }

  /** Runs every step in order; the caller deletes what was created if one fails. */
  void run() throws IOException {
    clusterInfo();
    plugins();
    createWithPut();
    listConnectors();
    inspect();
    updateWithPut();
    tasks();
    taskStatus();
    restartConnector();
    restartFailedTask();
    pauseAndResume();
    topics();
    offsets();
    delete();
  }

  /** The number of steps {@link #run()} printed so far. */
  int stepsDone() {
    return step;
  }

  private void clusterInfo() {
    header("Cluster info", "GET / and GET /health");
    ServerInfo info = client.getServerInfo();
    HealthStatus health = client.getHealth();
    out.println("  version           " + info.version());
    out.println("  commit            " + info.commit());
    out.println("  Kafka cluster id  " + info.kafkaClusterId());
    out.println("  health            " + health.status() + ": " + health.message());
  }

  private void plugins() {
    header("Installed connector plugins", "GET /connector-plugins");
    List<PluginInfo> plugins = client.listConnectorPlugins();
    TextTable table = new TextTable("TYPE", "CLASS", "VERSION");
    plugins.stream()
        .sorted(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::className))
        .forEach(p -> table.row(p.rawType(), p.className(), p.version()));
    table.print(out, "  ");
    List<String> classes = plugins.stream().map(PluginInfo::className).toList();
    if (!classes.contains(FILE_SOURCE) || !classes.contains(FILE_SINK)) {
      throw new IllegalStateException("The tour needs FileStreamSource and FileStreamSink; add the"
          + " connect-file jar of your Kafka version to the workers' plugin.path");
    }
  }

  private void createWithPut() {
    header("Create a connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update = client.putConnectorConfig(plan.source(), sourceConfig(Map.of()));
    out.println("  " + (update.created() ? "created " : "updated ") + update.connector().name()
        + ": FileStreamSource reading " + plan.inputFile() + " into topic " + plan.topic());
    if (!plan.localFiles()) {
      out.println(
          "  (against your cluster the tour writes no input file, so the source stays idle)");
    }
    ConnectorStatus status = client.awaitConnectorState(plan.source(), State.RUNNING, WAIT);
    printStatus(status);
  }

  private void listConnectors() {
    header("List connectors", "GET /connectors");
    List<String> names = client.listConnectors();
    names.stream().sorted().forEach(name -> out.println("  " + name));
  }

  private void inspect() {
    header("Inspect config and status",
        "GET /connectors/" + plan.source() + "/config and .../status");
    out.println("  config:");
    printConfig(client.getConnectorConfig(plan.source()), "    ");
    printStatus(client.getConnectorStatus(plan.source()));
  }

  private void updateWithPut() {
    header("Update the connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update =
        client.putConnectorConfig(plan.source(), sourceConfig(Map.of("batch.size", "100")));
    out.println("  " + (update.created() ? "created " : "updated ") + update.connector().name()
        + ": batch.size is now " + update.connector().config().get("batch.size"));
    long start = System.nanoTime();
    awaitValue(() -> client.getConnectorTasks(plan.source()), tasks -> !tasks.isEmpty()
        && "100".equals(tasks.get(0).config().get("batch.size")));
    out.println("  the task runs with the new config after " + seconds(start)
        + " (the PUT answers once the config is stored)");
    printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  private void tasks() {
    header("List the tasks and their configs", "GET /connectors/" + plan.source() + "/tasks");
    for (TaskInfo task : client.getConnectorTasks(plan.source())) {
      out.println("  task " + task.id().task() + ":");
      printConfig(task.config(), "    ");
    }
  }

  private void taskStatus() {
    header("Task status", "GET /connectors/" + plan.source() + "/tasks/0/status");
    printTask(client.getTaskStatus(plan.source(), 0), "  ");
  }

  private void restartConnector() {
    header("Restart the connector", "POST /connectors/" + plan.source() + "/restart");
    client.restartConnector(plan.source());
    out.println("  restarted the connector instance (204, tasks untouched)");
    client.restartConnector(plan.source(), RestartOptions.connectorAndTasks())
        .ifPresent(planned -> {
          out.println("  with ?includeTasks=true the answer (202) shows what will restart:");
          printStatus(planned);
        });
    out.println("  once the restart is done:");
    printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  private void restartFailedTask() throws IOException {
    header("Restart a failed task", "POST /connectors/" + plan.sink() + "/tasks/0/restart");
    client.putConnectorConfig(plan.sink(), Map.of(
        "connector.class", "FileStreamSink",
        "tasks.max", "1",
        "topics", plan.topic(),
        "file", plan.sinkFile().toString()));
    out.println("  created " + plan.sink() + ": FileStreamSink writing topic " + plan.topic()
        + " to " + plan.sinkFile());
    out.println("  its directory does not exist, so task 0 fails when it starts:");
    TaskState failed = awaitTask(plan.sink(), task -> task.state() == State.FAILED);
    printTask(failed, "  ");

    if (plan.localFiles()) {
      Files.createDirectories(plan.sinkFile().getParent());
      out.println("  created the directory; restarting task 0");
      client.restartTask(plan.sink(), 0);
      printTask(awaitTask(plan.sink(), task -> task.state() == State.RUNNING), "  ");
      List<String> copied = awaitValue(() -> readLines(plan.sinkFile()),
          lines -> lines.size() >= TourPlan.INPUT_LINES.size());
      out.println("  the sink copied " + copied.size() + " lines from topic " + plan.topic()
          + " into " + plan.sinkFile().getFileName());
    } else {
      out.println("  the tour cannot create a directory on your workers; restarting task 0 anyway");
      client.restartTask(plan.sink(), 0);
      sleep(Duration.ofSeconds(2));
      printTask(client.getTaskStatus(plan.sink(), 0), "  ");
    }
  }

  private void pauseAndResume() {
    header("Pause and resume", "PUT /connectors/" + plan.source() + "/pause and .../resume");
    long start = System.nanoTime();
    client.pauseConnector(plan.source());
    ConnectorStatus paused = client.awaitConnectorState(plan.source(), State.PAUSED, WAIT);
    out.println("  paused, state reached in " + seconds(start) + ":");
    printStatus(paused);
    start = System.nanoTime();
    client.resumeConnector(plan.source());
    ConnectorStatus running = client.awaitConnectorState(plan.source(), State.RUNNING, WAIT);
    out.println("  resumed, state reached in " + seconds(start) + ":");
    printStatus(running);
  }

  private void topics() {
    header("The topics the connectors use", "GET /connectors/{name}/topics");
    if (plan.localFiles()) {
      awaitValue(() -> client.getConnectorTopics(plan.source()), topics -> !topics.isEmpty());
    }
    out.println("  " + plan.source() + ": " + client.getConnectorTopics(plan.source()));
    out.println("  " + plan.sink() + ": " + client.getConnectorTopics(plan.sink()));
    client.resetConnectorTopics(plan.sink());
    long start = System.nanoTime();
    List<String> afterReset =
        awaitValue(() -> client.getConnectorTopics(plan.sink()), List::isEmpty);
    out.println("  after PUT /connectors/" + plan.sink() + "/topics/reset: " + afterReset
        + " (took " + seconds(start) + "; a topic is listed again once the sink reads from it)");
  }

  private void offsets() {
    header("Stop, read and reset offsets",
        "PUT /connectors/" + plan.source() + "/stop, GET and DELETE .../offsets");
    client.stopConnector(plan.source());
    ConnectorStatus stopped = client.awaitConnectorState(plan.source(), State.STOPPED, WAIT);
    out.println("  stopped (offsets can only change while a connector is STOPPED):");
    printStatus(stopped);
    out.println("  offsets:");
    printOffsets(client.getConnectorOffsets(plan.source()));
    out.println("  reset: " + client.resetConnectorOffsets(plan.source()));
    out.println("  offsets after the reset:");
    printOffsets(client.getConnectorOffsets(plan.source()));
  }

  private void delete() {
    header("Delete the connectors", "DELETE /connectors/{name}");
    for (String name : List.of(plan.source(), plan.sink())) {
      client.deleteConnector(name);
      out.println("  deleted " + name);
    }
    List<String> left = client.listConnectors();
    out.println("  connectors now: " + (left.isEmpty() ? "(none)" : String.join(", ", left)));
  }

  private Map<String, String> sourceConfig(Map<String, String> extra) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "FileStreamSource");
    config.put("tasks.max", "1");
    config.put("file", plan.inputFile().toString());
    config.put("topic", plan.topic());
    config.putAll(extra);
    return config;
  }

  private void header(String title, String call) {
    step++;
    out.println();
    out.println("== " + step + ". " + title + " (" + call + ")");
  }

  private void printConfig(Map<String, String> config, String indent) {
    TreeMap<String, String> sorted = new TreeMap<>(config);
    int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
    sorted.forEach((key, value) ->
        out.println(indent + key + " ".repeat(width - key.length() + 2) + value));
  }

  private void printStatus(ConnectorStatus status) {
    out.println("  connector " + status.name() + "  " + status.connector().state()
        + "  on " + status.connector().workerId());
    if (status.tasks().isEmpty()) {
      out.println("    (no tasks)");
    }
    status.tasks().forEach(task -> printTask(task, "    "));
  }

  private void printTask(TaskState task, String indent) {
    out.println(indent + "task " + task.id() + "  " + task.state() + "  on " + task.workerId());
    if (task.trace() != null) {
      List<String> lines = task.trace().lines().toList();
      lines.stream().limit(TRACE_LINES)
          .forEach(line -> out.println(indent + "  | " + line.strip()));
      if (lines.size() > TRACE_LINES) {
        out.println(indent + "  | ... " + (lines.size() - TRACE_LINES) + " more lines");
      }
    }
  }

  private void printOffsets(ConnectorOffsets offsets) {
    if (offsets.offsets().isEmpty()) {
      out.println("    (none)");
    }
    for (ConnectorOffset offset : offsets.offsets()) {
      out.println("    partition " + offset.partition() + "  offset " + offset.offset());
    }
  }

  private TaskState awaitTask(String connector, Predicate<TaskState> condition) {
    ConnectorStatus status = awaitValue(() -> statusIfAny(connector),
        s -> s != null && !s.tasks().isEmpty() && condition.test(s.tasks().get(0)));
    return status.tasks().get(0);
  }

  /** The status, or null while a connector just created has none yet (404). */
  private ConnectorStatus statusIfAny(String connector) {
    try {
      return client.getConnectorStatus(connector);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** Polls {@code read} every 250 ms until {@code done} holds; fails after {@link #WAIT}. */
  private static <T> T awaitValue(Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Gave up waiting after " + WAIT + "; last seen: " + value);
      }
      sleep(Duration.ofMillis(250));
    }
  }

  private static List<String> readLines(java.nio.file.Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String seconds(long startNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
