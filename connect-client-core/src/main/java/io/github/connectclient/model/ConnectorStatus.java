package io.github.connectclient.model;

import java.util.List;

/**
 * The runtime status of a connector and its tasks: returned by {@code GET
 * /connectors/{name}/status} and, with the planned states, by {@code POST
 * /connectors/{name}/restart} when tasks or only failed instances are restarted (HTTP 202).
 *
 * @param name the connector name
 * @param connector the state of the connector instance
 * @param tasks the task states, sorted by id; empty for a stopped connector; never {@code null}
 * @param type the connector type; {@link ConnectorType#UNKNOWN} if unknown or absent; never {@code
 *     null}
 * @param rawType the type exactly as the server sent it, or {@code null} if absent
 */
public record ConnectorStatus(
    String name,
    ConnectorState connector,
    List<TaskState> tasks,
    ConnectorType type,
    String rawType) {

  /**
   * Copies {@code tasks} ({@code null} becomes empty); derives a missing {@code type} from {@code
   * rawType} and a missing {@code rawType} from {@code type}.
   *
   * @param name the connector name
   * @param connector the state of the connector instance
   * @param tasks the task states, sorted by id; empty for a stopped connector; never {@code null}
   * @param type the connector type; {@link ConnectorType#UNKNOWN} if unknown or absent; never
   *     {@code null}
   * @param rawType the type exactly as the server sent it, or {@code null} if absent
   */
  public ConnectorStatus {
    tasks = ImmutableCopy.of(tasks);
    if (type == null) {
      type = ConnectorType.fromString(rawType);
    } else if (rawType == null) {
      rawType = type.serverValue();
    }
  }

  /**
   * Creates a status with the raw type taken from {@code type}.
   *
   * @param name the connector name
   * @param connector the state of the connector instance
   * @param tasks the task states, sorted by id; empty for a stopped connector; never {@code null}
   * @param type the connector type; {@link ConnectorType#UNKNOWN} if unknown or absent; never
   *     {@code null}
   */
  public ConnectorStatus(
      String name, ConnectorState connector, List<TaskState> tasks, ConnectorType type) {
    this(name, connector, tasks, type, null);
  }
}
