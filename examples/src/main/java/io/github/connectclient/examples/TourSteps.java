package io.github.connectclient.examples;

import static io.github.connectclient.examples.TourWait.WAIT;
import static io.github.connectclient.examples.TourWait.awaitValue;
import static io.github.connectclient.examples.TourWait.seconds;
import static io.github.connectclient.examples.TourWait.sleep;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConfigUpdate;
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
import java.util.function.Predicate;

/**
 * The steps of the Connect REST tutorial, each through the typed API, printing what it sees. Every
 * step starts with a header line {@code == N. Title (REST call)}.
 */
final class TourSteps {

  private static final String FILE_SOURCE =
      "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String FILE_SINK = "org.apache.kafka.connect.file.FileStreamSinkConnector";

  private final ConnectClient client;
  private final TourPlan plan;
  private final TourOutput out;

  TourSteps(ConnectClient client, TourPlan plan, PrintStream out) {
    this.client = client;
    this.plan = plan;
    this.out = new TourOutput(out);
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
    return out.stepsDone();
  }

  private void clusterInfo() {
    out.header("Cluster info", "GET / and GET /health");
    ServerInfo info = client.getServerInfo();
    HealthStatus health = client.getHealth();
    out.println("  version           " + info.version());
    out.println("  commit            " + info.commit());
    out.println("  Kafka cluster id  " + info.kafkaClusterId());
    out.println("  health            " + health.status() + ": " + health.message());
  }

  private void plugins() {
    out.header("Installed connector plugins", "GET /connector-plugins");
    List<PluginInfo> plugins = client.listConnectorPlugins();
    TextTable table = new TextTable("TYPE", "CLASS", "VERSION");
    plugins.stream()
        .sorted(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::className))
        .forEach(p -> table.row(p.rawType(), p.className(), p.version()));
    out.printTable(table, "  ");
    List<String> classes = plugins.stream().map(PluginInfo::className).toList();
    if (!classes.contains(FILE_SOURCE) || !classes.contains(FILE_SINK)) {
      throw new IllegalStateException("The tour needs FileStreamSource and FileStreamSink; add the"
          + " connect-file jar of your Kafka version to the workers' plugin.path");
    }
  }

  private void createWithPut() {
    out.header("Create a connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update = client.putConnectorConfig(plan.source(), sourceConfig(Map.of()));
    out.println("  " + (update.created() ? "created " : "updated ") + update.connector().name()
        + ": FileStreamSource reading " + plan.inputFile() + " into topic " + plan.topic());
    if (!plan.localFiles()) {
      out.println(
          "  (against your cluster the tour writes no input file, so the source stays idle)");
    }
    ConnectorStatus status = client.awaitConnectorState(plan.source(), State.RUNNING, WAIT);
    out.printStatus(status);
  }

  private void listConnectors() {
    out.header("List connectors", "GET /connectors");
    List<String> names = client.listConnectors();
    names.stream().sorted().forEach(name -> out.println("  " + name));
  }

  private void inspect() {
    out.header("Inspect config and status",
        "GET /connectors/" + plan.source() + "/config and .../status");
    out.println("  config:");
    out.printConfig(client.getConnectorConfig(plan.source()), "    ");
    out.printStatus(client.getConnectorStatus(plan.source()));
  }

  private void updateWithPut() {
    out.header("Update the connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update =
        client.putConnectorConfig(plan.source(), sourceConfig(Map.of("batch.size", "100")));
    out.println("  " + (update.created() ? "created " : "updated ") + update.connector().name()
        + ": batch.size is now " + update.connector().config().get("batch.size"));
    long start = System.nanoTime();
    awaitValue(() -> client.getConnectorTasks(plan.source()), tasks -> !tasks.isEmpty()
        && "100".equals(tasks.get(0).config().get("batch.size")));
    out.println("  the task runs with the new config after " + seconds(start)
        + " (the PUT answers once the config is stored)");
    out.printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  private void tasks() {
    out.header("List the tasks and their configs", "GET /connectors/" + plan.source() + "/tasks");
    for (TaskInfo task : client.getConnectorTasks(plan.source())) {
      out.println("  task " + task.id().task() + ":");
      out.printConfig(task.config(), "    ");
    }
  }

  private void taskStatus() {
    out.header("Task status", "GET /connectors/" + plan.source() + "/tasks/0/status");
    out.printTask(client.getTaskStatus(plan.source(), 0), "  ");
  }

  private void restartConnector() {
    out.header("Restart the connector", "POST /connectors/" + plan.source() + "/restart");
    client.restartConnector(plan.source());
    out.println("  restarted the connector instance (204, tasks untouched)");
    client.restartConnector(plan.source(), RestartOptions.connectorAndTasks())
        .ifPresent(planned -> {
          out.println("  with ?includeTasks=true the answer (202) shows what will restart:");
          out.printStatus(planned);
        });
    out.println("  once the restart is done:");
    out.printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  private void restartFailedTask() throws IOException {
    out.header("Restart a failed task", "POST /connectors/" + plan.sink() + "/tasks/0/restart");
    client.putConnectorConfig(plan.sink(), Map.of(
        "connector.class", "FileStreamSink",
        "tasks.max", "1",
        "topics", plan.topic(),
        "file", plan.sinkFile().toString()));
    out.println("  created " + plan.sink() + ": FileStreamSink writing topic " + plan.topic()
        + " to " + plan.sinkFile());
    out.println("  its directory does not exist, so task 0 fails when it starts:");
    TaskState failed = awaitTask(plan.sink(), task -> task.state() == State.FAILED);
    out.printTask(failed, "  ");

    if (plan.localFiles()) {
      Files.createDirectories(plan.sinkFile().getParent());
      out.println("  created the directory; restarting task 0");
      client.restartTask(plan.sink(), 0);
      out.printTask(awaitTask(plan.sink(), task -> task.state() == State.RUNNING), "  ");
      List<String> copied = awaitValue(() -> readLines(plan.sinkFile()),
          lines -> lines.size() >= TourPlan.INPUT_LINES.size());
      out.println("  the sink copied " + copied.size() + " lines from topic " + plan.topic()
          + " into " + plan.sinkFile().getFileName());
    } else {
      out.println("  the tour cannot create a directory on your workers; restarting task 0 anyway");
      client.restartTask(plan.sink(), 0);
      sleep(Duration.ofSeconds(2));
      out.printTask(client.getTaskStatus(plan.sink(), 0), "  ");
    }
  }

  private void pauseAndResume() {
    out.header("Pause and resume", "PUT /connectors/" + plan.source() + "/pause and .../resume");
    long start = System.nanoTime();
    client.pauseConnector(plan.source());
    ConnectorStatus paused = client.awaitConnectorState(plan.source(), State.PAUSED, WAIT);
    out.println("  paused, state reached in " + seconds(start) + ":");
    out.printStatus(paused);
    start = System.nanoTime();
    client.resumeConnector(plan.source());
    ConnectorStatus running = client.awaitConnectorState(plan.source(), State.RUNNING, WAIT);
    out.println("  resumed, state reached in " + seconds(start) + ":");
    out.printStatus(running);
  }

  private void topics() {
    out.header("The topics the connectors use", "GET /connectors/{name}/topics");
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
    out.header("Stop, read and reset offsets",
        "PUT /connectors/" + plan.source() + "/stop, GET and DELETE .../offsets");
    client.stopConnector(plan.source());
    ConnectorStatus stopped = client.awaitConnectorState(plan.source(), State.STOPPED, WAIT);
    out.println("  stopped (offsets can only change while a connector is STOPPED):");
    out.printStatus(stopped);
    out.println("  offsets:");
    out.printOffsets(client.getConnectorOffsets(plan.source()));
    out.println("  reset: " + client.resetConnectorOffsets(plan.source()));
    out.println("  offsets after the reset:");
    out.printOffsets(client.getConnectorOffsets(plan.source()));
  }

  private void delete() {
    out.header("Delete the connectors", "DELETE /connectors/{name}");
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

  private static List<String> readLines(java.nio.file.Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
