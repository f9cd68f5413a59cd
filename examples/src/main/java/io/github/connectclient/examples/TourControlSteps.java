package io.github.connectclient.examples;

import static io.github.connectclient.examples.TourWait.WAIT;
import static io.github.connectclient.examples.TourWait.awaitValue;
import static io.github.connectclient.examples.TourWait.seconds;
import static io.github.connectclient.examples.TourWait.sleep;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tour's control of running connectors: restarting the connector and a failed task, pausing and
 * resuming, the topics the connectors use, and stopping to read and reset offsets.
 */
record TourControlSteps(ConnectClient client, TourPlan plan, TourOutput out) {

  void restartConnector() {
    out.header("Restart the connector", "POST /connectors/" + plan.source() + "/restart");
    client.restartConnector(plan.source());
    out.println("  restarted the connector instance (204, tasks untouched)");
    client
        .restartConnector(plan.source(), RestartOptions.connectorAndTasks())
        .ifPresent(
            planned -> {
              out.println("  with ?includeTasks=true the answer (202) shows what will restart:");
              out.printStatus(planned);
            });
    out.println("  once the restart is done:");
    out.printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  void restartFailedTask() throws IOException {
    out.header("Restart a failed task", "POST /connectors/" + plan.sink() + "/tasks/0/restart");
    client.putConnectorConfig(
        plan.sink(),
        Map.of(
            "connector.class",
            "FileStreamSink",
            "tasks.max",
            "1",
            "topics",
            plan.topic(),
            "file",
            plan.sinkFile().toString()));
    out.println(
        "  created "
            + plan.sink()
            + ": FileStreamSink writing topic "
            + plan.topic()
            + " to "
            + plan.sinkFile());
    out.println("  its directory does not exist, so task 0 fails when it starts:");
    TaskState failed = awaitTask(plan.sink(), task -> task.state() == State.FAILED);
    out.printTask(failed, "  ");

    if (plan.localFiles()) {
      Files.createDirectories(plan.sinkFile().getParent());
      out.println("  created the directory; restarting task 0");
      client.restartTask(plan.sink(), 0);
      out.printTask(awaitTask(plan.sink(), task -> task.state() == State.RUNNING), "  ");
      List<String> copied =
          awaitValue(
              () -> readLines(plan.sinkFile()),
              lines -> lines.size() >= TourPlan.INPUT_LINES.size());
      out.println(
          "  the sink copied "
              + copied.size()
              + " lines from topic "
              + plan.topic()
              + " into "
              + plan.sinkFile().getFileName());
    } else {
      out.println("  the tour cannot create a directory on your workers; restarting task 0 anyway");
      client.restartTask(plan.sink(), 0);
      sleep(Duration.ofSeconds(2));
      out.printTask(client.getTaskStatus(plan.sink(), 0), "  ");
    }
  }

  void pauseAndResume() {
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

  void topics() {
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
    out.println(
        "  after PUT /connectors/"
            + plan.sink()
            + "/topics/reset: "
            + afterReset
            + " (took "
            + seconds(start)
            + "; a topic is listed again once the sink reads from it)");
  }

  void offsets() {
    out.header(
        "Stop, read and reset offsets",
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

  private TaskState awaitTask(String connector, Predicate<TaskState> condition) {
    ConnectorStatus status =
        awaitValue(
            () -> statusIfAny(connector),
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
