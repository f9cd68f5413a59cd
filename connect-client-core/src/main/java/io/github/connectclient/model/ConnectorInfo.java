package io.github.connectclient.model;

import java.util.List;
import java.util.Map;

/**
 * A connector's name, configuration, tasks and type: returned by {@code GET /connectors/{name}},
 * {@code POST /connectors}, {@code PUT} and {@code PATCH /connectors/{name}/config}.
 *
 * <p>{@link #toString()} masks the values of sensitive configuration keys.
 *
 * @param name the connector name
 * @param config the stored configuration (config-provider placeholders are not resolved); never
 *     {@code null}
 * @param tasks the connector's tasks, empty right after creation; never {@code null}
 * @param type the connector type; {@link ConnectorType#UNKNOWN} if the worker could not tell, the
 *     value is new, or it was absent (before Kafka 1.0.0); never {@code null}
 * @param rawType the type exactly as the server sent it, or {@code null} if absent
 */
public record ConnectorInfo(
    String name,
    Map<String, String> config,
    List<TaskId> tasks,
    ConnectorType type,
    String rawType) {

  /**
   * Copies the collections ({@code null} becomes empty); derives a missing {@code type} from {@code
   * rawType} and a missing {@code rawType} from {@code type}.
   *
   * @param name the connector name
   * @param config the stored configuration (config-provider placeholders are not resolved); never
   *     {@code null}
   * @param tasks the connector's tasks, empty right after creation; never {@code null}
   * @param type the connector type; {@link ConnectorType#UNKNOWN} if the worker could not tell, the
   *     value is new, or it was absent (before Kafka 1.0.0); never {@code null}
   * @param rawType the type exactly as the server sent it, or {@code null} if absent
   */
  public ConnectorInfo {
    config = ImmutableCopy.config(config);
    tasks = ImmutableCopy.of(tasks);
    if (type == null) {
      type = ConnectorType.fromString(rawType);
    } else if (rawType == null) {
      rawType = type.serverValue();
    }
  }

  /**
   * Creates an info with the raw type taken from {@code type}.
   *
   * @param name the connector name
   * @param config the stored configuration (config-provider placeholders are not resolved); never
   *     {@code null}
   * @param tasks the connector's tasks, empty right after creation; never {@code null}
   * @param type the connector type; {@link ConnectorType#UNKNOWN} if the worker could not tell, the
   *     value is new, or it was absent (before Kafka 1.0.0); never {@code null}
   */
  public ConnectorInfo(
      String name, Map<String, String> config, List<TaskId> tasks, ConnectorType type) {
    this(name, config, tasks, type, null);
  }

  /** Returns a description with the values of sensitive configuration keys masked. */
  @Override
  public String toString() {
    return "ConnectorInfo[name="
        + name
        + ", config="
        + Redaction.toString(config)
        + ", tasks="
        + tasks
        + ", type="
        + type
        + ", rawType="
        + rawType
        + "]";
  }
}
