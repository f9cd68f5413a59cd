package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restart what failed, and only that: in one call on Kafka 3.0+ ({@code POST
 * /connectors/{name}/restart?includeTasks=true&onlyFailed=true}), or task by task.
 *
 * <p>Run: {@code RestartFailedTasks http://localhost:8083 my-connector}.
 */
public final class RestartFailedTasks {

  private RestartFailedTasks() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RestartFailedTasks URL CONNECTOR");
    }
    try (ConnectClient client = ConnectClient.builder().url(args[0]).build()) {
      System.out.println("planned: " + restartFailed(client, args[1]));
      System.out.println("restarted tasks: " + restartFailedTaskByTask(client, args[1]));
    }
  }

  /** One call: the server restarts the failed connector instance and failed tasks. */
  static Optional<ConnectorStatus> restartFailed(ConnectClient client, String name) {
    // snippet:restart-failed
    Optional<ConnectorStatus> planned =
        client.restartConnector(name, RestartOptions.failedConnectorAndTasks());
    // 202: the instances that will restart show RESTARTING, the others their current state.
    // A worker older than 3.0 ignores the options and answers 204: the result is then empty.
    planned.ifPresent(status -> status.tasks().forEach(task ->
        System.out.println("task " + task.id() + ": " + task.state())));
    // end-snippet
    return planned;
  }

  /** Task by task, as on any Kafka version: returns the ids restarted. */
  static List<Integer> restartFailedTaskByTask(ConnectClient client, String name) {
    // snippet:restart-failed-per-task
    List<Integer> restarted = new ArrayList<>();
    for (TaskState task : client.getConnectorStatus(name).tasks()) {
      if (task.state() == State.FAILED) {
        System.out.println("task " + task.id() + " failed:\n" + task.trace());
        client.restartTask(name, task.id());
        restarted.add(task.id());
      }
    }
    // end-snippet
    return restarted;
  }
}
