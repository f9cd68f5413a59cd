package io.github.connectclient.examples;

import static io.github.connectclient.examples.TourWait.WAIT;
import static io.github.connectclient.examples.TourWait.awaitValue;
import static io.github.connectclient.examples.TourWait.seconds;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tour's connector configs: creating the source with PUT, listing and inspecting it, updating
 * it, its tasks and their status, and deleting the connectors at the end.
 */
record TourConfigSteps(ConnectClient client, TourPlan plan, TourOutput out) {

  void createWithPut() {
    out.header("Create a connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update = client.putConnectorConfig(plan.source(), sourceConfig(Map.of()));
    out.println(
        "  "
            + (update.created() ? "created " : "updated ")
            + update.connector().name()
            + ": FileStreamSource reading "
            + plan.inputFile()
            + " into topic "
            + plan.topic());
    if (!plan.localFiles()) {
      out.println(
          "  (against your cluster the tour writes no input file, so the source stays idle)");
    }
    ConnectorStatus status = client.awaitConnectorState(plan.source(), State.RUNNING, WAIT);
    out.printStatus(status);
  }

  void listConnectors() {
    out.header("List connectors", "GET /connectors");
    List<String> names = client.listConnectors();
    names.stream().sorted().forEach(name -> out.println("  " + name));
  }

  void inspect() {
    out.header(
        "Inspect config and status", "GET /connectors/" + plan.source() + "/config and .../status");
    out.println("  config:");
    out.printConfig(client.getConnectorConfig(plan.source()), "    ");
    out.printStatus(client.getConnectorStatus(plan.source()));
  }

  void updateWithPut() {
    out.header("Update the connector with PUT", "PUT /connectors/" + plan.source() + "/config");
    ConfigUpdate update =
        client.putConnectorConfig(plan.source(), sourceConfig(Map.of("batch.size", "100")));
    out.println(
        "  "
            + (update.created() ? "created " : "updated ")
            + update.connector().name()
            + ": batch.size is now "
            + update.connector().config().get("batch.size"));
    long start = System.nanoTime();
    awaitValue(
        () -> client.getConnectorTasks(plan.source()),
        tasks -> !tasks.isEmpty() && "100".equals(tasks.get(0).config().get("batch.size")));
    out.println(
        "  the task runs with the new config after "
            + seconds(start)
            + " (the PUT answers once the config is stored)");
    out.printStatus(client.awaitConnectorState(plan.source(), State.RUNNING, WAIT));
  }

  void tasks() {
    out.header("List the tasks and their configs", "GET /connectors/" + plan.source() + "/tasks");
    for (TaskInfo task : client.getConnectorTasks(plan.source())) {
      out.println("  task " + task.id().task() + ":");
      out.printConfig(task.config(), "    ");
    }
  }

  void taskStatus() {
    out.header("Task status", "GET /connectors/" + plan.source() + "/tasks/0/status");
    out.printTask(client.getTaskStatus(plan.source(), 0), "  ");
  }

  void delete() {
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
}
